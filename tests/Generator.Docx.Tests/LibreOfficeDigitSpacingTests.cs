namespace Generator.Docx.Tests;

/// <summary>Half-width digits inside Japanese text sit tight in LibreOffice's rendering of our DOCX: 「平成29年」, not
/// 「平成29　年」 (issue 14: on the character grid LibreOffice rounds a half-width run up to whole grid cells).</summary>
public sealed class LibreOfficeDigitSpacingTests(LibreOfficeFixture fixture) : IClassFixture<LibreOfficeFixture>
{
    /// <summary>The most white space between a digit and the Japanese character next to it: a third of the 10.5 pt em.
    /// LibreOffice's own spacing between Asian and Western text (about a quarter em) is allowed; the grid's ¾-em gap is not.</summary>
    private const double MaxGapPt = 3.5;

    [Fact]
    public void A_digit_run_and_the_japanese_text_after_it_are_not_a_grid_cell_apart()
    {
        var words = fixture.FirstPageWords(Samples.Circular);
        var pairs = words.Zip(words.Skip(1))
            .Where(p => Math.Abs(p.First.YCentre - p.Second.YCentre) < 1
                && char.IsAsciiDigit(p.First.Text[^1]) && p.Second.Text.Length > 0 && p.Second.Text[0] > '\u3000')
            .ToList();
        Assert.NotEmpty(pairs); // 「平成29年」「５月31日」 are on page 1
        Assert.All(pairs, p => Assert.True(p.Second.XMin - p.First.XMax <= MaxGapPt,
            $"「{p.First.Text}」 and 「{p.Second.Text}」 are {p.Second.XMin - p.First.XMax:0.0} pt apart"));
    }
}
