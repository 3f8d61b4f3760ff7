using System.Buffers.Binary;
using System.Text;

namespace Generator.Cli.Tests.Support;

/// <summary>Builds tiny sfnt font files in memory (table directory plus minimal head, hhea, hmtx and a cmap that maps
/// only 'A'), so tests can pass odd fonts to --font without committing a font file.</summary>
internal static class SfntFont
{
    /// <summary>sfnt version of a TrueType font (glyf outlines).</summary>
    public const uint TrueType = 0x00010000;

    /// <summary>sfnt version 'OTTO' of an OpenType font with PostScript (CFF) outlines.</summary>
    public const uint OpenTypeCff = 0x4F54544F;

    /// <summary>A font whose outlines are in <paramref name="outlineTable"/> ("glyf" or "CFF "), mapping only 'A' to glyph 1,
    /// with <paramref name="horizontalMetrics"/> entries in hmtx as hhea counts them.</summary>
    public static byte[] Build(uint sfntVersion, string outlineTable, ushort horizontalMetrics = 2)
    {
        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["head"] = Head(),
            ["hhea"] = Hhea(horizontalMetrics),
            ["hmtx"] = [0x01, 0xF4, 0, 0, 0x01, 0xF4, 0, 0],
            ["cmap"] = CmapForA(),
            [outlineTable] = new byte[16],
        };
        if (outlineTable == "glyf") tables["loca"] = new byte[6];
        var directoryLength = 12 + tables.Count * 16;
        var bytes = new List<byte>(new byte[directoryLength]);
        var header = new byte[directoryLength];
        BinaryPrimitives.WriteUInt32BigEndian(header, sfntVersion);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), (ushort)tables.Count);
        var i = 0;
        foreach (var (tag, data) in tables)
        {
            var record = header.AsSpan(12 + i++ * 16);
            Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)bytes.Count);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            bytes.AddRange(data);
            while (bytes.Count % 4 != 0) bytes.Add(0);
        }
        var result = bytes.ToArray();
        header.CopyTo(result, 0);
        return result;
    }

    private static byte[] Head()
    {
        var head = new byte[54];
        BinaryPrimitives.WriteUInt32BigEndian(head, 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(12), 0x5F0F3CF5); // magic number
        BinaryPrimitives.WriteUInt16BigEndian(head.AsSpan(18), 1000);       // unitsPerEm
        return head;
    }

    private static byte[] Hhea(ushort horizontalMetrics)
    {
        var hhea = new byte[36];
        BinaryPrimitives.WriteUInt32BigEndian(hhea, 0x00010000);
        BinaryPrimitives.WriteInt16BigEndian(hhea.AsSpan(4), 880);
        BinaryPrimitives.WriteInt16BigEndian(hhea.AsSpan(6), -120);
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), horizontalMetrics); // numberOfHMetrics
        return hhea;
    }

    /// <summary>cmap with one Windows Unicode (3,1) format 4 subtable: 'A' → glyph 1, then the closing 0xFFFF segment.</summary>
    private static byte[] CmapForA()
    {
        ushort[] ends = [0x41, 0xFFFF], starts = [0x41, 0xFFFF];
        short[] deltas = [1 - 0x41, 1];
        var sub = new List<ushort> { 4, (ushort)(16 + 4 * 2 * 2), 0, 4, 4, 1, 0 };
        sub.AddRange(ends);
        sub.Add(0);
        sub.AddRange(starts);
        sub.AddRange(deltas.Select(d => (ushort)d));
        sub.AddRange([0, 0]);
        var cmap = new byte[4 + 8 + sub.Count * 2];
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(2), 1);
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(4), 3);
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(6), 1);
        BinaryPrimitives.WriteUInt32BigEndian(cmap.AsSpan(8), 12);
        for (var k = 0; k < sub.Count; k++) BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(12 + k * 2), sub[k]);
        return cmap;
    }
}
