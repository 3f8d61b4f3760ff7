using System.Text;
using Generator.Pdf.Drawing;
using Generator.Pdf.Fonts;

namespace Generator.Pdf.Tests;

/// <summary>The ToUnicode CMap built from the characters drawn (PDFsharp 6.2.4's own one is replaced).</summary>
public class ToUnicodeCMapTests
{
    private static readonly TrueTypeFontFile Font = FontRegistry.Get(FontLocator.Locate(null)).File;

    private static string Build(params int[] codePoints) => Encoding.ASCII.GetString(ToUnicodeCMapWriter.Build(Font, codePoints));

    [Fact]
    public void GlyphSharedByKangxiRadicalMapsToTheUnifiedIdeograph()
    {
        Assert.Equal(Font.GlyphIndex(0x5DE5), Font.GlyphIndex(0x2F2F)); // the premise: one glyph for 工 and ⼯
        var cmap = Build(0x2F2F, 0x5DE5);
        Assert.Contains($"<{Font.GlyphIndex(0x5DE5):X4}> <5DE5>", cmap);
        Assert.DoesNotContain("<2F2F>", cmap);
    }

    [Fact]
    public void OnlyTheRadicalDrawnMapsToTheRadical() =>
        Assert.Contains($"<{Font.GlyphIndex(0x2F2F):X4}> <2F2F>", Build(0x2F2F));

    [Fact]
    public void SupplementaryCharactersAreSurrogatePairs() =>
        Assert.Contains($"<{Font.GlyphIndex(0x2000B):X4}> <D840DC0B>", Build(0x2000B));

    [Fact]
    public void IdeographicSpaceMapsToU3000() =>
        Assert.Contains($"<{Font.GlyphIndex(0x3000):X4}> <3000>", Build(0x3000));

    [Fact]
    public void BlocksHoldAtMostOneHundredEntries()
    {
        var cmap = Build([.. Enumerable.Range(0x4E00, 5000).Where(cp => Font.GlyphIndex(cp) != 0).Take(250)]);
        Assert.Equal(["100 beginbfchar", "100 beginbfchar", "50 beginbfchar"],
            cmap.Split('\n').Where(l => l.EndsWith("beginbfchar", StringComparison.Ordinal)));
    }
}
