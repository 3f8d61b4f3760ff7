using System.Buffers.Binary;

namespace Generator.Pdf.Fonts;

/// <summary>The numbers of a PDF font descriptor (PDF 32000 §9.8), in thousandths of an em.</summary>
/// <param name="Ascent">Height above the baseline (OS/2 usWinAscent, else hhea ascender), as PDFsharp wrote it.</param>
/// <param name="Descent">Depth below the baseline, negative (OS/2 usWinDescent, else hhea descender).</param>
/// <param name="CapHeight">Height of capitals (OS/2 sCapHeight, else the ascent).</param>
/// <param name="XHeight">Height of lower-case x (OS/2 sxHeight, else half the ascent).</param>
/// <param name="BoundingBox">xMin, yMin, xMax, yMax of all glyphs (head).</param>
internal sealed record FontDescriptorMetrics(int Ascent, int Descent, int CapHeight, int XHeight, int[] BoundingBox)
{
    /// <summary>Reads the metrics from the <c>head</c>, <c>hhea</c> and (when not empty) <c>OS/2</c> tables.</summary>
    public static FontDescriptorMetrics Read(ReadOnlySpan<byte> head, ReadOnlySpan<byte> hhea, ReadOnlySpan<byte> os2, int unitsPerEm)
    {
        int Scale(int units) => (int)Math.Round(units * 1000.0 / unitsPerEm, MidpointRounding.AwayFromZero);
        // the win metrics bound every glyph (916/−279 for IPAex明朝: text boxes of 1.195 em in pdftotext, as before)
        var hasWin = os2.Length >= 78;
        var ascent = Scale(hasWin ? BinaryPrimitives.ReadUInt16BigEndian(os2[74..]) : BinaryPrimitives.ReadInt16BigEndian(hhea[4..]));
        var descent = Scale(hasWin ? -BinaryPrimitives.ReadUInt16BigEndian(os2[76..]) : BinaryPrimitives.ReadInt16BigEndian(hhea[6..]));
        int[] box = [Scale(BinaryPrimitives.ReadInt16BigEndian(head[36..])), Scale(BinaryPrimitives.ReadInt16BigEndian(head[38..])),
            Scale(BinaryPrimitives.ReadInt16BigEndian(head[40..])), Scale(BinaryPrimitives.ReadInt16BigEndian(head[42..]))];
        var hasHeights = os2.Length >= 90 && BinaryPrimitives.ReadUInt16BigEndian(os2) >= 2;
        var xHeight = hasHeights ? Scale(BinaryPrimitives.ReadInt16BigEndian(os2[86..])) : ascent / 2;
        var capHeight = hasHeights ? Scale(BinaryPrimitives.ReadInt16BigEndian(os2[88..])) : ascent;
        return new FontDescriptorMetrics(ascent, Math.Min(descent, 0), capHeight, xHeight, box);
    }
}
