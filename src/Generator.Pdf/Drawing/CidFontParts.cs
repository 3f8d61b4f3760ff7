using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Generator.Pdf.Fonts;
using Generator.Pdf.Fonts.Subsetting;
using Generator.Pdf.Output;

namespace Generator.Pdf.Drawing;

/// <summary>The pieces of one embedded font (PDF 32000 §9.7), made once per file: the subset name
/// (tag from the glyphs), the HarfBuzz subset (glyphs renumbered compactly, no hinting), the /W array of the
/// glyphs drawn, the descriptor's metrics and what the ToUnicode map is made of; <see cref="Output.StreamedPages"/>
/// writes them as a Type0 font with Identity-H encoding over a CIDFontType2 whose character ids are the original font's glyph
/// ids (so content streams, written before the subset, never depend on it), mapped to the subset's by the CIDToGIDMap stream.
/// The streams are compressed as they are written (<see cref="ZlibDeflate"/>'s buffer of the thread): dispose of the parts
/// then, which frees the subset program HarfBuzz holds.</summary>
/// <param name="BaseFont">The font's name with its subset tag, as a PDF name (<c>/ABCDEF+IPAexMincho</c>).</param>
/// <param name="Subset">The subset: its program (FontFile2, not compressed; its length is /Length1) and CIDToGIDMap.</param>
/// <param name="Widths">The /W array.</param>
/// <param name="Metrics">Bounding box, ascent, descent, cap and x height for the descriptor.</param>
/// <param name="Font">The font file, for the ToUnicode CMap (<see cref="WriteToUnicode"/>).</param>
/// <param name="Drawn">The code points drawn, in the order first drawn, for the ToUnicode CMap.</param>
internal sealed record CidFontParts(string BaseFont, FontSubset Subset, string Widths, FontDescriptorMetrics Metrics,
    TrueTypeFontFile Font, IReadOnlyList<int> Drawn) : IDisposable
{
    /// <summary>The parts of <paramref name="font"/> for the characters in <paramref name="drawn"/>.</summary>
    public static CidFontParts Of(LoadedFont font, DrawnCharacters drawn)
    {
        var file = font.File;
        var glyphs = Glyphs(file, drawn.InOrder);
        var baseName = file.PostScriptName ?? "Font";
        var subset = font.Subsetter.Subset(glyphs);
        return new CidFontParts("/" + SubsetTag(baseName, glyphs) + "+" + baseName, subset, WidthArray(file, glyphs), file.Metrics,
            file, drawn.InOrder);
    }

    /// <summary>The glyphs of <paramref name="codePoints"/> in <paramref name="file"/>, ascending, each once, without .notdef.</summary>
    private static List<ushort> Glyphs(TrueTypeFontFile file, IReadOnlyList<int> codePoints)
    {
        var glyphs = new List<ushort>(codePoints.Count);
        foreach (var cp in codePoints)
            if (file.GlyphIndex(cp) is var g and not 0) glyphs.Add(g);
        glyphs.Sort();
        var kept = 0;
        for (var i = 0; i < glyphs.Count; i++)
            if (kept == 0 || glyphs[i] != glyphs[kept - 1]) glyphs[kept++] = glyphs[i];
        glyphs.RemoveRange(kept, glyphs.Count - kept);
        return glyphs;
    }

    /// <summary>Writes the ToUnicode CMap (not compressed) into <paramref name="into"/>.</summary>
    public void WriteToUnicode(PdfContentBuilder into) => ToUnicodeCMapWriter.Write(Font, Drawn, into);

    /// <summary>Frees the subset (<see cref="FontSubset.Dispose"/>).</summary>
    public void Dispose() => Subset.Dispose();

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
