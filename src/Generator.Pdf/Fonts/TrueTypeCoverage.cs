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

    /// <summary>Reads the coverage of the font file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a TrueType/OpenType font with a Unicode cmap.</exception>
    public static TrueTypeCoverage FromFile(string path) => new(TrueTypeFontFile.Load(path));

    /// <inheritdoc />
    public string FontDescription { get; }

    /// <inheritdoc />
    public bool Covers(int codePoint) => font.GlyphIndex(codePoint) != 0;
}
