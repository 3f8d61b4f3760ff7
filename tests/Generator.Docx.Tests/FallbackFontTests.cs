using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Writers;

namespace Generator.Docx.Tests;

/// <summary>MJ文字 (issue 14): characters the body font lacks get runs naming IPAmj明朝; the rest keeps the body font.</summary>
public sealed class FallbackFontTests
{
    /// <summary>A body font without 𠮷 (U+20BB7) and 𩸽 (U+29E3D).</summary>
    private sealed class WithoutMjCharacters : IGlyphCoverage
    {
        public string FontDescription => "test 明朝";

        public bool Covers(int codePoint) => codePoint is not (0x20BB7 or 0x29E3D);
    }

    private static List<(string Text, string? EastAsia)> Runs(string markup, IGlyphCoverage? coverage)
    {
        using var stream = new MemoryStream();
        new DocxWriter(new DocxWriterOptions { BodyFontCoverage = coverage }).Write(Samples.Parse(markup), stream);
        using var package = new DocxPackage(stream.ToArray());
        return [.. package.Body.Descendants<Paragraph>().SelectMany(p => p.Elements<Run>())
            .Select(r => (string.Concat(r.Elements<Text>().Select(t => t.Text)), r.RunProperties?.RunFonts?.EastAsia?.Value))];
    }

    [Fact]
    public void Each_lacking_character_gets_its_own_run_and_a_variation_selector_stays_with_it()
    {
        // 𠮷 with an IVS (U+E0100), then 田, then 𩸽
        var runs = Runs("\U00020BB7\U000E0100田さんと\U00029E3Dの話\n", new WithoutMjCharacters());
        Assert.Equal(
            [("\U00020BB7\U000E0100", "IPAmj明朝"), ("田さんと", null), ("\U00029E3D", "IPAmj明朝"), ("の話", null)],
            runs);
    }

    [Fact]
    public void Without_a_coverage_or_a_lacking_character_the_runs_are_as_before()
    {
        Assert.Equal([("\U00020BB7田さん", null)], Runs("\U00020BB7田さん\n", coverage: null));
        Assert.Equal([("吉田さん", null)], Runs("吉田さん\n", new WithoutMjCharacters()));
    }
}
