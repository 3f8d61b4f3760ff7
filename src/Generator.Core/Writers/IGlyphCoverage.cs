namespace Generator.Writers;

/// <summary>Tells which characters a writer's font can draw, so a batch can refuse missing glyphs before writing anything.</summary>
public interface IGlyphCoverage
{
    /// <summary>The font's name as shown in error messages, e.g. 「IPAex明朝 (/usr/share/fonts/…/ipaexm.ttf)」.</summary>
    string FontDescription { get; }

    /// <summary>Whether the font has a glyph for the Unicode scalar value <paramref name="codePoint"/>.</summary>
    bool Covers(int codePoint);
}
