using System.Buffers.Binary;
using System.Text;

namespace Generator.Pdf.Fonts;

/// <summary>The parts of a TrueType/OpenType file that layout needs: the Unicode cmap, advance widths and the family name.</summary>
/// <remarks>Reads tables <c>cmap</c> (formats 4 and 12), <c>head</c>, <c>hhea</c>, <c>hmtx</c>, <c>name</c> and <c>OS/2</c>; immutable after construction.</remarks>
internal sealed class TrueTypeFontFile : IAdvanceWidths
{
    // every character of every letter is looked up several times (the glyph check, layout, widths, the PDF's guard): the
    // Basic Multilingual Plane in a flat table (128 KB a font), the other planes (𠮷, IPAmj明朝's) in a dictionary; a
    // dictionary for all was ~5 % of a batch's CPU (issue 17)
    private readonly ushort[] bmpGlyphs = new ushort[0x10000];
    private readonly Dictionary<int, ushort> supplementaryGlyphs = [];
    private readonly ushort[] advanceWidths;
    private readonly int[] widthsInThousandths;

    private TrueTypeFontFile(string path, byte[] bytes)
    {
        Path = path;
        Bytes = bytes;
        var tables = ReadTableDirectory(bytes);
        UnitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(Table(bytes, tables, "head").Slice(18));
        var hhea = Table(bytes, tables, "hhea");
        var ascender = BinaryPrimitives.ReadInt16BigEndian(hhea.Slice(4));
        var descender = BinaryPrimitives.ReadInt16BigEndian(hhea.Slice(6));
        AscentRatio = ascender - descender > 0 ? ascender / (double)(ascender - descender) : 0.88;
        var numberOfHMetrics = BinaryPrimitives.ReadUInt16BigEndian(hhea.Slice(34));
        if (numberOfHMetrics == 0) throw new InvalidDataException("The font has no horizontal metrics (hhea.numberOfHMetrics is 0).");
        var hmtx = Table(bytes, tables, "hmtx");
        advanceWidths = new ushort[numberOfHMetrics];
        for (var i = 0; i < numberOfHMetrics; i++) advanceWidths[i] = BinaryPrimitives.ReadUInt16BigEndian(hmtx.Slice(i * 4));
        widthsInThousandths = [.. advanceWidths.Select(w => (int)Math.Round(w * 1000.0 / UnitsPerEm, MidpointRounding.AwayFromZero))];
        ReadCmap(Table(bytes, tables, "cmap"));
        FamilyName = tables.ContainsKey("name") ? ReadFamilyName(Table(bytes, tables, "name")) : System.IO.Path.GetFileNameWithoutExtension(path);
        PostScriptName = tables.ContainsKey("name") ? ReadPostScriptName(Table(bytes, tables, "name")) : null;
        Metrics = FontDescriptorMetrics.Read(Table(bytes, tables, "head"), hhea,
            tables.ContainsKey("OS/2") ? Table(bytes, tables, "OS/2") : default, UnitsPerEm);
    }

    /// <summary>The PostScript name (name ID 6, e.g. 「IPAexMincho」), or null when the font has none.</summary>
    public string? PostScriptName { get; }

    /// <summary>The values of a PDF font descriptor, in thousandths of an em.</summary>
    public FontDescriptorMetrics Metrics { get; }

    /// <summary>Advance width of glyph <paramref name="glyph"/> in thousandths of an em, rounded (a PDF /W entry).</summary>
    public int GlyphWidth(ushort glyph) => widthsInThousandths[Math.Min(glyph, widthsInThousandths.Length - 1)];

    /// <summary>Where the font was read from.</summary>
    public string Path { get; }

    /// <summary>The whole font file.</summary>
    public byte[] Bytes { get; }

    /// <summary>Design units per em (head.unitsPerEm).</summary>
    public int UnitsPerEm { get; }

    /// <summary>Ascender / (ascender − descender) from hhea: where the baseline sits in the em box (0.88 for IPAex).</summary>
    public double AscentRatio { get; }

    /// <summary>The family name from the name table, preferring the Japanese one (e.g. 「IPAex明朝」).</summary>
    public string FamilyName { get; }

    /// <summary>Reads and parses the font at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a single TrueType font (glyf outlines) with a Unicode cmap.</exception>
    public static TrueTypeFontFile Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            return new TrueTypeFontFile(path, bytes);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or OverflowException)
        {
            throw new InvalidDataException("The font file is damaged or cut short (a table lies outside the file).", e);
        }
    }

    /// <summary>The glyph index of <paramref name="codePoint"/>, or 0 (.notdef) when the font lacks it.</summary>
    public ushort GlyphIndex(int codePoint) =>
        (uint)codePoint < (uint)bmpGlyphs.Length ? bmpGlyphs[codePoint] : supplementaryGlyphs.GetValueOrDefault(codePoint);

    /// <summary>Maps <paramref name="codePoint"/> to <paramref name="glyph"/> (not 0): a later mapping of the same code point wins.</summary>
    private void Map(int codePoint, ushort glyph)
    {
        if ((uint)codePoint < (uint)bmpGlyphs.Length) bmpGlyphs[codePoint] = glyph;
        else supplementaryGlyphs[codePoint] = glyph;
    }

    /// <summary>Advance width of <paramref name="codePoint"/> in em (1.0 = the font size); 0 when missing.</summary>
    public double AdvanceEm(int codePoint)
    {
        var glyph = GlyphIndex(codePoint);
        if (glyph == 0) return 0;
        var width = advanceWidths[Math.Min(glyph, advanceWidths.Length - 1)];
        return width / (double)UnitsPerEm;
    }

    private static Dictionary<string, (int Offset, int Length)> ReadTableDirectory(byte[] bytes)
    {
        var span = bytes.AsSpan();
        TrueTypeFlavorCheck.CheckVersion(span.Length < 4 ? 0 : BinaryPrimitives.ReadUInt32BigEndian(span), span.Length);
        var count = BinaryPrimitives.ReadUInt16BigEndian(span.Slice(4));
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = span.Slice(12 + i * 16, 16);
            var tag = Encoding.ASCII.GetString(record[..4]);
            tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(record.Slice(8)), (int)BinaryPrimitives.ReadUInt32BigEndian(record.Slice(12)));
        }
        TrueTypeFlavorCheck.CheckTables(tables.Keys);
        return tables;
    }

    private static ReadOnlySpan<byte> Table(byte[] bytes, Dictionary<string, (int Offset, int Length)> tables, string tag)
    {
        if (!tables.TryGetValue(tag, out var t)) throw new InvalidDataException($"The font has no '{tag}' table.");
        return bytes.AsSpan(t.Offset, Math.Min(t.Length, bytes.Length - t.Offset));
    }

    private void ReadCmap(ReadOnlySpan<byte> cmap)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap.Slice(2));
        int best = -1, bestRank = 0;
        for (var i = 0; i < count; i++)
        {
            var record = cmap.Slice(4 + i * 8, 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record.Slice(2));
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record.Slice(4));
            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap.Slice(offset));
            var rank = (platform, encoding, format) switch
            {
                (3, 10, 12) or (0, 4, 12) or (0, 6, 12) => 3,
                (3, 1, 4) or (0, 3, 4) => 2,
                (0, _, 4) => 1,
                _ => 0,
            };
            if (rank > bestRank) (best, bestRank) = (offset, rank);
        }
        if (best < 0) throw new InvalidDataException("The font has no Unicode cmap subtable (format 4 or 12).");
        var sub = cmap.Slice(best);
        if (BinaryPrimitives.ReadUInt16BigEndian(sub) == 12) ReadFormat12(sub);
        else ReadFormat4(sub);
    }

    private void ReadFormat4(ReadOnlySpan<byte> sub)
    {
        var segCount = BinaryPrimitives.ReadUInt16BigEndian(sub.Slice(6)) / 2;
        var ends = sub.Slice(14);
        var starts = sub.Slice(16 + segCount * 2);
        var deltas = sub.Slice(16 + segCount * 4);
        var rangeOffsets = sub.Slice(16 + segCount * 6);
        for (var s = 0; s < segCount; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(ends.Slice(s * 2));
            int start = BinaryPrimitives.ReadUInt16BigEndian(starts.Slice(s * 2));
            var delta = BinaryPrimitives.ReadInt16BigEndian(deltas.Slice(s * 2));
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(rangeOffsets.Slice(s * 2));
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    var at = s * 2 + rangeOffset + (c - start) * 2;
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(rangeOffsets.Slice(at));
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0) Map(c, (ushort)glyph);
            }
        }
    }

    private void ReadFormat12(ReadOnlySpan<byte> sub)
    {
        var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(sub.Slice(12));
        for (var g = 0; g < groups; g++)
        {
            var group = sub.Slice(16 + g * 12, 12);
            var start = (int)BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = (int)BinaryPrimitives.ReadUInt32BigEndian(group.Slice(4));
            var glyph = (int)BinaryPrimitives.ReadUInt32BigEndian(group.Slice(8));
            for (var c = start; c <= end; c++)
                if (glyph + c - start != 0) Map(c, (ushort)(glyph + c - start));
        }
    }

    private static string? ReadPostScriptName(ReadOnlySpan<byte> name)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(name.Slice(2));
        var storage = BinaryPrimitives.ReadUInt16BigEndian(name.Slice(4));
        for (var i = 0; i < count; i++)
        {
            var r = name.Slice(6 + i * 12, 12);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(r);
            if (BinaryPrimitives.ReadUInt16BigEndian(r.Slice(6)) != 6 || platform is not (1 or 3)) continue;
            var bytes = name.Slice(storage + BinaryPrimitives.ReadUInt16BigEndian(r.Slice(10)), BinaryPrimitives.ReadUInt16BigEndian(r.Slice(8)));
            var value = platform == 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
            var clean = new string([.. value.Where(c => c > ' ' && c < 0x7F && c is not ('[' or ']' or '(' or ')' or '{' or '}' or '<' or '>' or '/' or '%' or '#'))]);
            if (clean.Length > 0) return clean;
        }
        return null;
    }

    private static string ReadFamilyName(ReadOnlySpan<byte> name)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(name.Slice(2));
        var storage = BinaryPrimitives.ReadUInt16BigEndian(name.Slice(4));
        string? english = null, japanese = null;
        for (var i = 0; i < count; i++)
        {
            var r = name.Slice(6 + i * 12, 12);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(r);
            var language = BinaryPrimitives.ReadUInt16BigEndian(r.Slice(4));
            var nameId = BinaryPrimitives.ReadUInt16BigEndian(r.Slice(6));
            if (platform != 3 || nameId != 1) continue;
            var length = BinaryPrimitives.ReadUInt16BigEndian(r.Slice(8));
            var offset = BinaryPrimitives.ReadUInt16BigEndian(r.Slice(10));
            var value = Encoding.BigEndianUnicode.GetString(name.Slice(storage + offset, length));
            if (language == 0x0411) japanese = value;
            else if (language == 0x0409) english = value;
        }
        return japanese ?? english ?? "TrueType font";
    }
}
