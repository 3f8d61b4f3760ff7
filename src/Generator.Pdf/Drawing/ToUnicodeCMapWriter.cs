using System.Text;
using Generator.Pdf.Fonts;

namespace Generator.Pdf.Drawing;

/// <summary>The ToUnicode CMap of an embedded font, built from the code points actually drawn.</summary>
/// <remarks>
/// At most 100 mappings per bfrange/bfchar block (the PDF limit), code points above U+FFFF as surrogate pairs, and when
/// several drawn code points share one glyph (工 U+5DE5 and the Kangxi radical ⼯ U+2F2F in IPAex) a glyph maps to the code
/// point drawn first, preferring one that is its own NFKC form, so 加工 extracts as U+52A0 U+5DE5.
/// Written as ASCII bytes straight into a builder the file reuses (no string made and encoded per file).
/// </remarks>
internal static class ToUnicodeCMapWriter
{
    private static ReadOnlySpan<byte> HexDigits => "0123456789ABCDEF"u8;

    /// <summary>The CMap program mapping glyph index → UTF-16BE text.</summary>
    internal static byte[] Build(TrueTypeFontFile font, IReadOnlyList<int> codePoints)
    {
        var text = new PdfContentBuilder(1024);
        Write(font, codePoints, text);
        return text.Written.ToArray();
    }

    /// <summary>Writes the CMap program of <see cref="Build"/> into <paramref name="into"/>.</summary>
    internal static void Write(TrueTypeFontFile font, IReadOnlyList<int> codePoints, PdfContentBuilder into)
    {
        var entries = ByGlyph(font, codePoints);
        into.Raw("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"u8)
            .Raw("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"u8)
            .Raw("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"u8)
            .Raw("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"u8);
        Span<char> units = stackalloc char[2];
        for (var i = 0; i < entries.Count; i += 100)
        {
            var chunk = entries.AsSpan(i, Math.Min(100, entries.Count - i));
            into.Integer(chunk.Length).Raw("beginbfchar\n"u8);
            foreach (var (glyph, _, cp) in chunk)
            {
                into.Raw((byte)'<');
                Hex4(into, glyph);
                into.Raw("> <"u8);
                var count = new Rune(cp).EncodeToUtf16(units);
                for (var u = 0; u < count; u++) Hex4(into, units[u]);
                into.Raw(">\n"u8);
            }
            into.Raw("endbfchar\n"u8);
        }
        into.Raw("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"u8);
    }

    /// <summary>One entry per glyph drawn, ascending: the first code point drawn with it that is its own NFKC form, else the
    /// first drawn with it.</summary>
    private static ArraySegment<(ushort Glyph, int Order, int CodePoint)> ByGlyph(TrueTypeFontFile font, IReadOnlyList<int> codePoints)
    {
        var all = new (ushort Glyph, int Order, int CodePoint)[codePoints.Count];
        var count = 0;
        for (var i = 0; i < codePoints.Count; i++)
            if (font.GlyphIndex(codePoints[i]) is var glyph and not 0) all[count++] = (glyph, i, codePoints[i]);
        var mapped = all.AsSpan(0, count);
        mapped.Sort(static (a, b) => a.Glyph != b.Glyph ? a.Glyph.CompareTo(b.Glyph) : a.Order.CompareTo(b.Order));
        var kept = 0;
        for (var i = 0; i < mapped.Length;)
        {
            var end = i + 1;
            while (end < mapped.Length && mapped[end].Glyph == mapped[i].Glyph) end++;
            var chosen = mapped[i];
            if (end - i > 1 && !IsCanonical(chosen.CodePoint))
                for (var j = i + 1; j < end; j++)
                    if (IsCanonical(mapped[j].CodePoint))
                    {
                        chosen = mapped[j];
                        break;
                    }
            mapped[kept++] = chosen;
            i = end;
        }
        return new(all, 0, kept); // not copied
    }

    private static void Hex4(PdfContentBuilder into, int value)
    {
        Span<byte> digits = [HexDigits[(value >> 12) & 0xF], HexDigits[(value >> 8) & 0xF], HexDigits[(value >> 4) & 0xF], HexDigits[value & 0xF]];
        into.Raw(digits);
    }

    private static bool IsCanonical(int codePoint)
    {
        var s = char.ConvertFromUtf32(codePoint);
        return s.IsNormalized(NormalizationForm.FormKC);
    }
}
