namespace Generator.Pdf.Tests;

/// <summary>Characters IPAex明朝 lacks (MJ文字 of 人名・地名: 𠮷, 𣏌) are drawn with IPAmj明朝, next to those it has (𩸽 is in
/// IPAex): the text extracts, both fonts are embedded as subsets, and the page shows the glyphs.</summary>
public class FallbackFontTests
{
    private const string Markup = "@to 𠮷田𩸽子\n@honorific 様\n@title 𠮷野の𩸽と𣏌について\n　本文です。";

    [Fact]
    public void TextExtractsWithTheFallbackCharacters()
    {
        var lines = ExternalTool.PdfToTextRaw(PdfFiles.Write(TestDocuments.Parse(Markup), "fallback-text")).SelectMany(p => p).ToList();
        Assert.Contains(lines, l => l.Contains("𠮷田𩸽子", StringComparison.Ordinal));
        Assert.Contains("𠮷野の𩸽と𣏌について", lines);
    }

    [Fact]
    public void BothFontsAreEmbeddedSubsets()
    {
        var path = PdfFiles.Write(TestDocuments.Parse(Markup), "fallback-fonts");
        var (code, fonts) = ExternalTool.Run("pdffonts", path);
        Assert.Equal(0, code);
        var rows = fonts.Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Contains("+IPAexMincho ", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("+IPAmjMincho ", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Matches(@"CID TrueType\s+Identity-H\s+yes yes yes", r));
        var (check, output) = ExternalTool.Run("qpdf", "--check", path);
        Assert.True(check == 0, output);
    }

    [Fact]
    public void ThePageShowsTheFallbackGlyphs()
    {
        // the same line with 𠮷 and with an ideographic space in its place: only a drawn glyph makes the pictures differ
        var drawn = Ink(PdfFiles.Write(TestDocuments.Parse("@title 野𠮷𠮷𣏌𣏌野\n　本文です。"), "fallback-ink"));
        var blank = Ink(PdfFiles.Write(TestDocuments.Parse("@title 野　　　　野\n　本文です。"), "fallback-blank"));
        Assert.True(drawn > blank + 100, $"dark pixels with 𠮷: {drawn}, without: {blank}");
    }

    [Fact]
    public void WithoutFallbackTheCharacterIsRefused()
    {
        var error = Assert.Throws<Generator.Diagnostics.GeneratorException>(() =>
            PdfFiles.Bytes(TestDocuments.Parse(Markup), new PdfWriterOptions { FallbackFontPaths = [] }));
        Assert.Contains(error.Diagnostics, d => d.Message.Contains("U+20BB7", StringComparison.Ordinal));
    }

    /// <summary>Dark pixels of page 1 rendered in grey at 150 dpi (pdftoppm's binary PGM).</summary>
    private static int Ink(string pdf)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, Path.GetFileNameWithoutExtension(pdf));
        var (code, output) = ExternalTool.Run("pdftoppm", "-f", "1", "-l", "1", "-r", "150", "-gray", "-singlefile", pdf, prefix);
        Assert.True(code == 0, output);
        var bytes = File.ReadAllBytes(prefix + ".pgm");
        var header = System.Text.Encoding.ASCII.GetString(bytes, 0, 20).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var pixels = int.Parse(header[1], System.Globalization.CultureInfo.InvariantCulture) * int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture);
        return bytes.AsSpan(bytes.Length - pixels).ToArray().Count(b => b < 128);
    }
}
