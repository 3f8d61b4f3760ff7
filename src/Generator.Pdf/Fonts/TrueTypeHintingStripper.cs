using System.Buffers.Binary;

namespace Generator.Pdf.Fonts;

/// <summary>Shrinks the TrueType subset PDFsharp embeds: drops hinting (glyph instructions, fpgm, prep, cvt) and zeroes the
/// metrics of glyphs not in the subset, keeping every glyph index, so the text and widths in the PDF stay valid.</summary>
/// <remarks>IPAex明朝's instructions are ~40 % of its glyph data; PDF viewers render CJK text unhinted anyway.</remarks>
internal static class TrueTypeHintingStripper
{
    private static readonly HashSet<string> Dropped = ["fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX", "gasp"];

    /// <summary>Returns a smaller font with the same glyph indices and outlines; the input is returned unchanged if unexpected.</summary>
    public static byte[] Strip(byte[] font)
    {
        try
        {
            return StripCore(font);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or KeyNotFoundException)
        {
            return font; // never fail a document over an optimisation
        }
    }

    private static byte[] StripCore(byte[] font)
    {
        var span = font.AsSpan();
        var count = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = span.Slice(12 + i * 16, 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (!Dropped.Contains(tag)) tables[tag] = span.Slice(offset, length).ToArray();
        }
        var head = tables["head"];
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
        var loca = tables["loca"];
        var glyphCount = loca.Length / (longLoca ? 4 : 2) - 1;
        int Offset(int g) => longLoca ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(g * 4)) : BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(g * 2)) * 2;

        var glyf = tables["glyf"];
        var hmtx = tables["hmtx"];
        var hMetrics = BinaryPrimitives.ReadUInt16BigEndian(tables["hhea"].AsSpan(34));
        using var newGlyf = new MemoryStream(glyf.Length);
        var newLoca = new byte[(glyphCount + 1) * 4];
        for (var g = 0; g < glyphCount; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(g * 4), (uint)newGlyf.Position);
            int start = Offset(g), end = Offset(g + 1);
            if (end <= start)
            {
                if (g > 0) ClearMetrics(hmtx, hMetrics, g); // not in the subset: no metrics needed
                continue;
            }
            var glyph = glyf.AsSpan(start, end - start);
            var contours = BinaryPrimitives.ReadInt16BigEndian(glyph);
            if (contours >= 0)
            {
                var at = 10 + contours * 2;
                var instructions = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
                newGlyf.Write(glyph[..at]);
                newGlyf.Write([0, 0]);
                newGlyf.Write(glyph[(at + 2 + instructions)..]);
            }
            else
            {
                newGlyf.Write(glyph); // composite glyphs are rare in IPAex; keep them as they are
            }
            while (newGlyf.Position % 4 != 0) newGlyf.WriteByte(0);
        }
        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(glyphCount * 4), (uint)newGlyf.Position);
        tables["glyf"] = newGlyf.ToArray();
        tables["loca"] = newLoca;
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
        if (tables.TryGetValue("maxp", out var maxp) && maxp.Length >= 32)
        {
            BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(14), 1); // maxZones: no twilight zone
            maxp.AsSpan(16, 12).Clear(); // maxTwilightPoints … maxSizeOfInstructions: no hinting left
        }
        return Assemble(tables, head);
    }

    private static void ClearMetrics(byte[] hmtx, int hMetrics, int glyph)
    {
        var (at, length) = glyph < hMetrics ? (glyph * 4, 4) : (hMetrics * 4 + (glyph - hMetrics) * 2, 2);
        if (at + length <= hmtx.Length) hmtx.AsSpan(at, length).Clear();
    }

    private static byte[] Assemble(SortedDictionary<string, byte[]> tables, byte[] head)
    {
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);
        var count = tables.Count;
        var headerLength = 12 + count * 16;
        var total = headerLength + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var output = new byte[total];
        var span = output.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        var power = 1;
        var log = 0;
        while (power * 2 <= count) { power *= 2; log++; }
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)(count * 16 - power * 16));
        var offset = headerLength;
        var index = 0;
        var headOffset = 0;
        foreach (var (tag, data) in tables)
        {
            var record = span.Slice(12 + index++ * 16, 16);
            System.Text.Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            if (tag == "head") headOffset = offset;
            data.CopyTo(span[offset..]);
            offset += (data.Length + 3) & ~3;
        }
        BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], 0xB1B0AFBA - Checksum(output));
        return output;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var k = 0; k < 4; k++) word = (word << 8) | (i + k < data.Length ? data[i + k] : 0u);
            sum += word;
        }
        return sum;
    }
}
