using System.Globalization;
using System.Text;
using Generator.Pdf.Fonts;

namespace Generator.Pdf.Drawing;

/// <summary>The ToUnicode CMap of an embedded font, built from the code points actually drawn.</summary>
/// <remarks>
/// At most 100 mappings per bfrange/bfchar block (the PDF limit), code points above U+FFFF as surrogate pairs, and when
/// several drawn code points share one glyph (工 U+5DE5 and the Kangxi radical ⼯ U+2F2F in IPAex) a glyph maps to the code
/// point drawn first, preferring one that is its own NFKC form, so 加工 extracts as U+52A0 U+5DE5.
/// </remarks>
internal static class ToUnicodeCMapWriter
{
    /// <summary>The CMap program mapping glyph index → UTF-16BE text.</summary>
    internal static byte[] Build(TrueTypeFontFile font, IReadOnlyList<int> codePoints)
    {
        var byGlyph = new SortedDictionary<ushort, int>();
        foreach (var cp in codePoints)
        {
            var glyph = font.GlyphIndex(cp);
            if (glyph == 0) continue;
            if (!byGlyph.TryGetValue(glyph, out var existing) || (!IsCanonical(existing) && IsCanonical(cp)))
                byGlyph[glyph] = cp;
        }

        var text = new StringBuilder(256 + byGlyph.Count * 16);
        text.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = byGlyph.ToList();
        for (var i = 0; i < entries.Count; i += 100)
        {
            var chunk = entries.Skip(i).Take(100).ToList();
            text.Append(CultureInfo.InvariantCulture, $"{chunk.Count} beginbfchar\n");
            foreach (var (glyph, cp) in chunk)
            {
                text.Append(CultureInfo.InvariantCulture, $"<{glyph:X4}> <");
                foreach (var unit in char.ConvertFromUtf32(cp)) text.Append(CultureInfo.InvariantCulture, $"{(int)unit:X4}");
                text.Append(">\n");
            }
            text.Append("endbfchar\n");
        }
        text.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    private static bool IsCanonical(int codePoint)
    {
        var s = char.ConvertFromUtf32(codePoint);
        return s.IsNormalized(NormalizationForm.FormKC);
    }
}
