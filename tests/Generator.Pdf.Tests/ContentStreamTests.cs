using System.Text.RegularExpressions;
using Generator.Pdf.Fonts;

namespace Generator.Pdf.Tests;

/// <summary>Our own text operators: character codes are the font's glyph ids, so a page's content stream does not depend on
/// what else the file's font subset holds (a print bundle can later reuse the bytes of a letter's pages with one font).</summary>
public class ContentStreamTests
{
    [Fact]
    public void PageContentIsTheSameWhateverTheOtherPagesDraw()
    {
        var first = PageContents(PdfFiles.Write(TestDocuments.Parse("@title 加工について\n　本文です。\n@pagebreak\n　別の頁：札幌市"), "content-a"));
        var second = PageContents(PdfFiles.Write(TestDocuments.Parse("@title 加工について\n　本文です。\n@pagebreak\n　違う頁：函館市と小樽市"), "content-b"));
        Assert.Equal(first[0], second[0]);
        Assert.NotEqual(first[1], second[1]);
    }

    [Fact]
    public void ALineSpreadWiderThanAWordSpaceExtractsWithoutSpaces()
    {
        // numbers are never broken: 「医政総発○第○号」 goes whole to the next line and leaves its line 8 characters short
        const string text = "　このことについて、平成30年６月29日付け府医第○号・○文科振第○号・医政総発○第○号・○商第○号により、内閣府、文部科学省、厚生労働省及び経済産業省の担当課長等から別添のとおり周知がありました。";
        var path = PdfFiles.Write(TestDocuments.Parse(text), "spread-actual-text");

        var page = PageContents(path)[0];
        Assert.Matches(@"(?is)/Span<</ActualText<feff[0-9a-f]+>>>BDC\n.*?\]TJ\nEMC\n", page);
        var (_, extracted) = ExternalTool.Run("pdftotext", "-raw", "-enc", "UTF-8", path, "-");
        var lines = extracted.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("このことについて、平成30年６月29日付け府医第○号・○文科振第○号・", lines);
        Assert.Contains(lines, l => l.StartsWith("医政総発○第○号・○商第○号により", StringComparison.Ordinal));

        // a line spread no wider than a word space needs no /ActualText
        Assert.DoesNotContain("/ActualText", PageContents(PdfFiles.Write(TestDocuments.Parse("　本文です。"), "spread-none"))[0]);
    }

    [Fact]
    public void CharacterCodesAreTheFontsGlyphIds()
    {
        var font = FontRegistry.Get(FontLocator.Locate(null)).File;
        var page = PageContents(PdfFiles.Write(TestDocuments.Parse("@title 加工について\n　本文です。"), "content-gid"))[0];
        Assert.Contains("/F0 ", page);
        Assert.Contains($"<{font.GlyphIndex('加'):x4}", page);
        Assert.Matches(@"\]TJ", page);
    }

    /// <summary>The decompressed content stream of each page, via <c>qpdf --qdf</c>.</summary>
    private static List<string> PageContents(string pdf)
    {
        var qdf = pdf + ".qdf";
        var (code, output) = ExternalTool.Run("qpdf", "--qdf", "--object-streams=disable", pdf, qdf);
        Assert.True(code == 0, output);
        var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(qdf));
        return [.. Regex.Matches(text, @"%% Contents for page \d+\n%% Original object ID: [^\n]*\n\d+ 0 obj\n<<.*?>>\nstream\n(.*?)endstream", RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value)];
    }
}
