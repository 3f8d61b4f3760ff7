using Generator.Writers;

namespace Generator.Pdf.Fonts;

/// <summary>Which characters a TrueType font can draw, read from its cmap; lets a batch refuse missing glyphs before writing.</summary>
public sealed class TrueTypeCoverage : IGlyphCoverage
{
    private readonly TrueTypeFontFile font;

    internal TrueTypeCoverage(TrueTypeFontFile font)
    {
        this.font = font;
        FontDescription = $"{font.FamilyName} ({font.Path})";
    }

    /// <inheritdoc />
    public string FontDescription { get; }

    /// <inheritdoc />
    public bool Covers(int codePoint) => font.GlyphIndex(codePoint) != 0;
}
