using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>Issue 14, the house-style leftovers: a table stands apart from the heading above it and the text below it,
/// and breaks on the same row in both readers (its header row repeated on the next page); half-width digits sit tight
/// in LibreOffice in the office style too.</summary>
public sealed partial class HouseStyleAgreementTests
{
    /// <summary>At least half a grid line (of 18.3 pt in the built-in style, 18.7 pt in office-36) between a table's
    /// rule and the text next to it; touching, the gap is the 2–3 pt between a glyph and its line's edge.</summary>
    private const double MinTableGapPt = 9;

    /// <summary>The most white space between a digit and the Japanese character after it: LibreOffice's own spacing
    /// between Asian and Western text (about ¼ em) and the style's widened character spacing, not a grid cell's ¾ em.</summary>
    private const double MaxDigitGapPt = 3.5;

    public static TheoryData<string, string> ReadersInStyles()
    {
        var data = new TheoryData<string, string>();
        foreach (var style in HouseStyleAgreementFixture.Styles)
        foreach (var reader in new[] { "ours", "libreoffice" }) data.Add(style, reader);
        return data;
    }

    [Theory]
    [MemberData(nameof(ReadersInStyles))]
    public void A_table_stands_apart_from_the_heading_above_and_the_text_below(string style, string reader)
    {
        // council-agenda page 1: 「１　概要」, the table, 「２　趣旨」
        var pdf = reader == "ours" ? fixture.Ours(style, "council-agenda") : fixture.Theirs(style, "council-agenda");
        var words = PdfPageGeometry.Words(pdf, 1);
        var heading = words.First(w => w.Text == "概要");
        var next = words.First(w => w.Text == "趣旨");
        // a rule is a table line over at least half the text width
        // (LibreOffice's word boxes reach down to the line's edge: a rule touching the heading lies inside its box)
        var rules = PdfPageGeometry.HorizontalRules(pdf, 1, minWidthPt: 200).Where(y => y > heading.YMin && y < next.YMax).ToList();
        Assert.True(rules.Count >= 2, $"{style}/{reader}: no table between 「概要」 and 「趣旨」 (rules at {string.Join(", ", rules)})");
        var above = rules[0] - heading.YMax;
        var below = next.YMin - rules[^1];
        Assert.True(above >= MinTableGapPt, $"{style}/{reader}: the table's top rule is {above:0.0} pt under 「１　概要」");
        Assert.True(below >= MinTableGapPt, $"{style}/{reader}: 「２　趣旨」 is {below:0.0} pt under the table's bottom rule");
    }

    [Theory]
    [MemberData(nameof(StyleNames))]
    public void Both_readers_break_a_long_table_on_the_same_row_and_repeat_its_header(string style)
    {
        // council-agenda: the table of item ４ runs from the foot of page 1 onto page 2
        var ours = PageLines(fixture.Ours(style, "council-agenda")).Select(p => p.Select(Squeezed).ToList()).ToList();
        var theirs = PageLines(fixture.Theirs(style, "council-agenda")).Select(p => p.Select(Squeezed).ToList()).ToList();
        Assert.StartsWith("診療情報", ours[0][^1]);
        Assert.Equal(ours[0][^1], theirs[0][^1]);
        // the header row again on top of page 2 (Word's 「タイトル行の繰り返し」, w:tblHeader), then the rest of the table
        Assert.Equal(["区分項目", "診療報酬明細書等診療報酬明細書（レセプト）及びＤＰＣ調査データ"], ours[1][..2]);
        Assert.Equal(ours[1][..2], theirs[1][..2]);
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Office_style_digits_sit_tight_in_libreoffice(string template)
    {
        // 「令和７年４月15日」, not 「15　日」: the office style's DOCX is laid out off the character grid too
        var pdf = fixture.Theirs("office-36", template);
        // digits that touch a Japanese character in the text (our PDF sets them tight; 「10　開始時期」 has a blank between)
        var text = PdfTools.Text(fixture.Ours("office-36", template));
        var pairs = Enumerable.Range(1, PdfTools.Pages(pdf)).SelectMany(page =>
        {
            var words = PdfPageGeometry.Words(pdf, page);
            return words.Zip(words.Skip(1)).Where(p => Math.Abs(p.First.YCentre - p.Second.YCentre) < 1
                && char.IsAsciiDigit(p.First.Text[^1]) && p.Second.Text[0] > '\u3000'
                && text.Contains(string.Concat(p.First.Text.Reverse().TakeWhile(char.IsAsciiDigit).Reverse()) + p.Second.Text[0], StringComparison.Ordinal))
                .Select(p => (p.First, p.Second, Spread: Spread(words, p.First)));
        }).ToList();
        Assert.NotEmpty(pairs);
        Assert.All(pairs, p => Assert.True(p.Second.XMin - p.First.XMax <= MaxDigitGapPt + p.Spread,
            $"{template}: 「{p.First.Text}」 and 「{p.Second.Text}」 are {p.Second.XMin - p.First.XMax:0.0} pt apart (the line is spread by {p.Spread:0.0} pt)"));
    }

    /// <summary>How far 両端揃え spreads the line of <paramref name="word"/>: the least gap between two of its full-width
    /// characters where at least three such gaps part them into words (a line left short by a document number pushed
    /// whole to the next line, 「こ の こ と」); 0 on a line that is not spread.</summary>
    private static double Spread(IReadOnlyList<PdfBoxWord> words, PdfBoxWord word)
    {
        var line = words.Where(w => Math.Abs(w.YCentre - word.YCentre) < 1).OrderBy(w => w.XMin).ToList();
        var gaps = line.Zip(line.Skip(1)).Where(p => p.First.Text is [> '\u3000'] && p.Second.Text is [> '\u3000'])
            .Select(p => p.Second.XMin - p.First.XMax).ToList();
        return gaps.Count >= 3 ? gaps.Min() : 0;
    }

    public static TheoryData<string> StyleNames() => [.. HouseStyleAgreementFixture.Styles];

    public static TheoryData<string> TemplateNames() => [.. HouseStyleAgreementFixture.Templates];

    private static string Squeezed(string line) => string.Concat(line.Where(c => !char.IsWhiteSpace(c)));
}
