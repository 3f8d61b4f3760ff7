using Generator.Diagnostics;
using Generator.Pdf.Fonts;

namespace Generator.Pdf.Tests;

/// <summary>Finding the font, refusing characters it lacks, and the coverage a batch can check first.</summary>
public class FontTests
{
    [Fact]
    public void CoverageReadsTheCmap()
    {
        var coverage = new PdfWriter().PrimaryFontCoverage;
        Assert.Contains("ipaexm.ttf", coverage.FontDescription);
        Assert.True(coverage.Covers('加'));
        Assert.True(coverage.Covers('５'));
        Assert.True(coverage.Covers(0x2000B)); // 𠀋, CJK Ext-B, in IPAex
        Assert.False(coverage.Covers(0x1F600)); // 😀
        Assert.False(coverage.Covers(0x20BB7)); // 𠮷 (つちよし), not in IPAex
    }

    [Fact]
    public void CoverageIsTheBodyFontAndTheFallback()
    {
        var writer = new PdfWriter();
        Assert.Contains("ipaexm.ttf", writer.GlyphCoverage.FontDescription);
        Assert.True(writer.GlyphCoverage.Covers('加'));
        Assert.True(writer.GlyphCoverage.Covers(0x20BB7)); // 𠮷, drawn with IPAmj明朝
        Assert.True(writer.GlyphCoverage.Covers(0x233CC)); // 𣏌, likewise
        Assert.True(writer.GlyphCoverage.Covers(0x29E3D)); // 𩸽 (ほっけ), in IPAex itself
        Assert.False(writer.GlyphCoverage.Covers(0x1F600)); // 😀 is in neither
        Assert.False(writer.PrimaryFontCoverage.Covers(0x233CC));
    }

    [Fact]
    public void MissingGlyphNamesCharacterCodePointAndPlace()
    {
        var document = TestDocuments.Parse("@title お知らせ\n　本文です😀。");
        var error = Assert.Throws<GeneratorException>(() => PdfFiles.Bytes(document));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Contains("'😀' (U+1F600)", diagnostic.Message);
        Assert.Equal("markup", diagnostic.File);
        Assert.Equal(2, diagnostic.Line);
        Assert.Contains("--font", diagnostic.Hint);
        Assert.Contains("[recipient 0001 ○○市]", diagnostic.ForRecipient("0001 ○○市").ToString());
    }

    [Fact]
    public void EveryMissingCharacterIsReported()
    {
        var document = TestDocuments.Parse("@title 🍣について\n　本文です😀。");
        var error = Assert.Throws<GeneratorException>(() => PdfFiles.Bytes(document));
        Assert.Equal(["U+1F363", "U+1F600"], error.Diagnostics.Select(d => System.Text.RegularExpressions.Regex.Match(d.Message, @"U\+[0-9A-F]+").Value));
    }

    [Fact]
    public void NoFontFoundSaysWhatToInstall()
    {
        var empty = Directory.CreateTempSubdirectory("no-fonts").FullName;
        var writer = new PdfWriter(new PdfWriterOptions { FontSearchDirectories = [empty] });
        var error = Assert.Throws<GeneratorException>(() => writer.Write(TestDocuments.Parse("本文"), Stream.Null));
        Assert.Contains("apt-get install fonts-ipaexfont-mincho", error.Diagnostics[0].Hint);
        Assert.Contains("--font", error.Diagnostics[0].Hint);
    }

    [Fact]
    public void ExplicitFontPathIsUsed()
    {
        const string gothic = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf";
        var writer = new PdfWriter(new PdfWriterOptions { FontPath = gothic });
        Assert.Contains("ipaexg.ttf", writer.GlyphCoverage.FontDescription);
        var (_, fonts) = ExternalTool.Run("pdffonts", PdfFiles.Write(TestDocuments.Parse("本文"), "gothic", new PdfWriterOptions { FontPath = gothic }));
        Assert.Contains("IPAexGothic", fonts);
    }

    [Fact]
    public void MissingExplicitFontIsAnError()
    {
        var writer = new PdfWriter(new PdfWriterOptions { FontPath = "/nonexistent/font.ttf" });
        var error = Assert.Throws<GeneratorException>(() => writer.Write(TestDocuments.Parse("本文"), Stream.Null));
        Assert.Contains("/nonexistent/font.ttf", error.Message);
    }

    [Fact]
    public void LocatorFindsIpaexMinchoInTheDebianFolder() =>
        Assert.Equal("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf", FontLocator.Locate(null));
}
