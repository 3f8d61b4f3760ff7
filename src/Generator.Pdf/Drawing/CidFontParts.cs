using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Generator.Pdf.Fonts;
using Generator.Pdf.Output;

namespace Generator.Pdf.Drawing;

/// <summary>The pieces of one embedded font (PDF 32000 §9.7), made once per file: the subset name
/// (tag from the glyphs), the HarfBuzz subset program (glyphs renumbered compactly, no hinting) compressed, the /W array of the
/// glyphs drawn, the descriptor's metrics, the ToUnicode map and the CIDToGIDMap compressed; <see cref="Output.StreamedPages"/>
/// writes them as a Type0 font with Identity-H encoding over a CIDFontType2 whose character ids are the original font's glyph
/// ids (so content streams, written before the subset, never depend on it), mapped to the subset's by the CIDToGIDMap stream.</summary>
/// <param name="BaseFont">The font's name with its subset tag, as a PDF name (<c>/ABCDEF+IPAexMincho</c>).</param>
/// <param name="Program">The subset font program, zlib-compressed (FontFile2).</param>
/// <param name="ProgramLength">The program's length before compression (/Length1).</param>
/// <param name="Widths">The /W array.</param>
/// <param name="Metrics">Bounding box, ascent, descent, cap and x height for the descriptor.</param>
/// <param name="ToUnicode">The ToUnicode CMap, zlib-compressed.</param>
/// <param name="CidToGidMap">The CIDToGIDMap stream (character id → glyph id of the subset), zlib-compressed.</param>
internal sealed record CidFontParts(string BaseFont, byte[] Program, int ProgramLength, string Widths, FontDescriptorMetrics Metrics,
    byte[] ToUnicode, byte[] CidToGidMap)
{
    /// <summary>The parts of <paramref name="font"/> for the characters in <paramref name="drawn"/>.</summary>
    public static CidFontParts Of(LoadedFont font, DrawnCharacters drawn)
    {
        var file = font.File;
        var glyphs = new SortedSet<ushort>();
        foreach (var cp in drawn.InOrder)
            if (file.GlyphIndex(cp) is var g and not 0) glyphs.Add(g);
        var baseName = file.PostScriptName ?? "Font";
        var subset = font.Subsetter.Subset([.. glyphs]);
        return new CidFontParts("/" + SubsetTag(baseName, glyphs) + "+" + baseName, ZlibDeflate.Compress(subset.Program),
            subset.Program.Length, WidthArray(file, glyphs), file.Metrics, ZlibDeflate.Compress(ToUnicodeCMapWriter.Build(file, drawn.InOrder)),
            ZlibDeflate.CompressRuns(subset.CidToGidMap()));
    }

    /// <summary>The descriptor's /FontBBox array.</summary>
    public string BoundingBox => string.Create(CultureInfo.InvariantCulture,
        $"[{Metrics.BoundingBox[0]} {Metrics.BoundingBox[1]} {Metrics.BoundingBox[2]} {Metrics.BoundingBox[3]}]");

    /// <summary>The /W array: runs of consecutive glyph ids with their widths; glyphs of the default width 1000 left out.</summary>
    internal static string WidthArray(TrueTypeFontFile file, IEnumerable<ushort> glyphs)
    {
        var text = new StringBuilder("[");
        var previous = -2;
        foreach (var glyph in glyphs)
        {
            var width = file.GlyphWidth(glyph);
            if (width == 1000) continue;
            if (glyph != previous + 1)
            {
                if (previous >= 0) text.Append(']');
                text.Append(CultureInfo.InvariantCulture, $"{glyph}[");
            }
            else text.Append(' ');
            text.Append(width.ToString(CultureInfo.InvariantCulture));
            previous = glyph;
        }
        if (previous >= 0) text.Append(']');
        return text.Append(']').ToString();
    }

    /// <summary>Six capital letters from the font name and the glyphs (PDF 32000 §9.6.4): the same subset, the same tag.</summary>
    internal static string SubsetTag(string baseName, IEnumerable<ushort> glyphs)
    {
        var bytes = new List<byte>(Encoding.ASCII.GetBytes(baseName)) { 0 };
        foreach (var g in glyphs)
        {
            bytes.Add((byte)(g >> 8));
            bytes.Add((byte)g);
        }
        var hash = SHA256.HashData(bytes.ToArray());
        return string.Concat(hash.Take(6).Select(b => (char)('A' + b % 26)));
    }
}
