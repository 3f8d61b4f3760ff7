namespace Generator.Pdf.Fonts.Subsetting;

/// <summary>A font cut down to some glyphs, which it numbers afresh from 1 (.notdef stays 0): the program and, for each glyph
/// asked for, its id in the original font and in the subset.</summary>
/// <param name="Program">The subset font program (a TrueType file).</param>
/// <param name="OldGlyphs">The glyphs asked for, by their id in the original font, ascending.</param>
/// <param name="NewGlyphs">The id of each of <paramref name="OldGlyphs"/> in <paramref name="Program"/>, in the same order.</param>
internal sealed record FontSubset(byte[] Program, IReadOnlyList<ushort> OldGlyphs, IReadOnlyList<ushort> NewGlyphs)
{
    /// <summary>The /CIDToGIDMap stream of a CIDFontType2 whose character ids are the original glyph ids (PDF 32000 §9.7.4.2):
    /// two bytes (big-endian) per CID from 0 to the highest glyph asked for, the subset's glyph id or 0 for a CID never drawn.</summary>
    public byte[] CidToGidMap()
    {
        var map = new byte[OldGlyphs.Count == 0 ? 2 : (OldGlyphs[^1] + 1) * 2];
        for (var i = 0; i < OldGlyphs.Count; i++)
        {
            map[OldGlyphs[i] * 2] = (byte)(NewGlyphs[i] >> 8);
            map[OldGlyphs[i] * 2 + 1] = (byte)NewGlyphs[i];
        }
        return map;
    }
}
