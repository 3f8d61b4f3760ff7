using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Generator.Pdf.Fonts;

namespace Generator.Pdf.Tests;

/// <summary>The embedded fonts are compact subsets (glyphs renumbered 1…n, no empty slots in loca and hmtx), while character
/// ids stay the original fonts' glyph ids: each CIDFontType2's /CIDToGIDMap stream maps a drawn character id to the glyph
/// of the subset that draws it.</summary>
public partial class FontSubsetTests
{
    [Theory]
    [InlineData("body", "@title 加工について\n　本文です。札幌市長　様")]
    [InlineData("mj-fallback", "@title 加工について\n　𠮷田様、𣏌の件です。")] // 𠮷 and 𣏌 are drawn with IPAmj明朝
    public void EachDrawnCharacterIdMapsToTheSubsetGlyphOfItsCharacter(string name, string markup)
    {
        var document = TestDocuments.Parse(markup);
        var pdf = PdfFiles.Bytes(document);
        var objects = Objects(pdf);
        var text = Encoding.Latin1.GetString(pdf);
        var fonts = CidFontPattern().Matches(text);
        Assert.Equal(name == "body" ? 1 : 2, fonts.Count);

        var chain = PdfFontLoader.Load(PdfWriterOptions.Default);
        var lines = new PdfWriter().PageLines(document).SelectMany(page => page); // as drawn, page numbers included
        var drawn = string.Concat(lines).EnumerateRunes().Select(r => r.Value).Where(cp => cp != ' ').Distinct().ToList();
        foreach (Match font in fonts)
        {
            var descriptor = Regex.Match(text, $@"\n{font.Groups["descriptor"].Value} 0 obj\n<</Type/FontDescriptor[^\n]*/FontFile2 (\d+) 0 R");
            var program = objects[Number(descriptor.Groups[1])];
            var map = objects[Number(font.Groups["map"])];
            var index = font.Groups["base"].Value == "IPAexMincho" ? 0 : 1;
            var original = chain[index]!.File.Bytes;

            var cids = drawn.Select(cp => (cp, cid: chain.Resolve(cp).Glyph)).Where(c => c.cid != 0 && chain.Resolve(c.cp).Font == index).ToList();
            Assert.NotEmpty(cids);
            Assert.Equal((cids.Max(c => c.cid) + 1) * 2, map.Length); // up to the highest character id drawn
            foreach (var (cp, cid) in cids)
            {
                var gid = BinaryPrimitives.ReadUInt16BigEndian(map.AsSpan(cid * 2));
                Assert.True(gid != 0, $"U+{cp:X4} (CID {cid}) maps to .notdef");
                Assert.Equal(OutlineHeader(original, cid), OutlineHeader(program, gid)); // contours and bounding box
                Assert.Equal(Advance(original, cid), Advance(program, gid));
            }
            var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(Table(program, "maxp")[4..]);
            Assert.True(glyphCount <= cids.Select(c => c.cid).Distinct().Count() + 1 + 8,
                $"{glyphCount} glyph slots for {cids.Count} characters: the subset keeps empty slots");
            Assert.Equal(map.Length / 2 - cids.Select(c => c.cid).Distinct().Count(), Enumerable.Range(0, map.Length / 2)
                .Count(i => map[i * 2] == 0 && map[i * 2 + 1] == 0)); // every other CID is .notdef
        }
    }

    /// <summary>Issue 17: the embedded program holds the tables PDF 32000-1 §9.9 asks of a CIDFontType2 (head, hhea, loca, maxp,
    /// glyf, hmtx; cvt, prep and fpgm go with the hinting) and the cmap, which Ghostscript rasterises with; OS/2, name, post,
    /// gasp and every other table of the font (IPAmj明朝's too) are dropped.</summary>
    [Theory]
    [InlineData("body", "@title 加工について\n　本文です。札幌市長　様")]
    [InlineData("mj-fallback", "@title 加工について\n　𠮷田様、𣏌の件です。")]
    public void EachEmbeddedProgramHasExactlyTheTablesACidFontType2Needs(string name, string markup)
    {
        var pdf = PdfFiles.Bytes(TestDocuments.Parse(markup));
        var text = Encoding.Latin1.GetString(pdf);
        var programs = Regex.Matches(text, @"/FontFile2 (\d+) 0 R").Select(m => Objects(pdf)[Number(m.Groups[1])]).ToList();
        Assert.Equal(name == "body" ? 1 : 2, programs.Count);
        foreach (var program in programs)
            Assert.Equal(["cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp"], TableTags(program));
    }

    /// <summary>Issue 17: a CIDToGIDMap (long runs of zeros between the glyph ids drawn) is stored as small as zlib makes it:
    /// no level of the default strategy (level 5, the best of them, on main) beats the run-length strategy it is written with.</summary>
    [Theory]
    [InlineData("body", "@title 加工について\n　本文です。札幌市長　様")]
    [InlineData("mj-fallback", "@title 加工について\n　𠮷田様、𣏌の件です。")]
    public void EachCidToGidMapIsStoredNoLargerThanAnyZlibLevelMakesIt(string name, string markup)
    {
        var pdf = PdfFiles.Bytes(TestDocuments.Parse(markup));
        var maps = CidFontPattern().Matches(Encoding.Latin1.GetString(pdf)).Select(m => Number(m.Groups["map"])).ToList();
        Assert.Equal(name == "body" ? 1 : 2, maps.Count);
        var stored = StoredLengths(pdf);
        foreach (var map in maps)
        {
            var data = Objects(pdf)[map];
            var smallest = Enumerable.Range(1, 9).Select(level => new ZLibCompressionOptions { CompressionLevel = level })
                .Append(new ZLibCompressionOptions { CompressionStrategy = ZLibCompressionStrategy.RunLengthEncoding })
                .Min(options => Deflated(data, options));
            Assert.True(stored[map] <= smallest, $"CIDToGIDMap {map} ({data.Length} bytes) stored in {stored[map]} bytes; zlib makes {smallest}");
        }
    }

    private static int Deflated(byte[] data, ZLibCompressionOptions options)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, options, leaveOpen: true)) zlib.Write(data);
        return (int)output.Length;
    }

    /// <summary>The stored (compressed) length of every stream object of <paramref name="pdf"/>, by object number.</summary>
    private static Dictionary<int, int> StoredLengths(byte[] pdf) => StreamPattern().Matches(Encoding.Latin1.GetString(pdf))
        .ToDictionary(m => Number(m.Groups["number"]), m => Number(m.Groups["length"]));

    /// <summary>The tags of the tables in the directory of <paramref name="font"/>, in its (alphabetical) order.</summary>
    private static List<string> TableTags(byte[] font) => [.. Enumerable.Range(0, BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4)))
        .Select(i => Encoding.ASCII.GetString(font, 12 + i * 16, 4))];

    private static int Number(Group group) => int.Parse(group.Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Number of contours and bounding box of glyph <paramref name="glyph"/> (its first 10 bytes in glyf; empty for a
    /// glyph without outline), which hinting removal leaves as they are.</summary>
    private static string OutlineHeader(byte[] font, int glyph)
    {
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(Table(font, "head")[50..]) == 1;
        var loca = Table(font, "loca");
        var (start, end) = longOffsets
            ? ((int)BinaryPrimitives.ReadUInt32BigEndian(loca[(glyph * 4)..]), (int)BinaryPrimitives.ReadUInt32BigEndian(loca[(glyph * 4 + 4)..]))
            : (BinaryPrimitives.ReadUInt16BigEndian(loca[(glyph * 2)..]) * 2, BinaryPrimitives.ReadUInt16BigEndian(loca[(glyph * 2 + 2)..]) * 2);
        return start == end ? "" : Convert.ToHexString(Table(font, "glyf").Slice(start, 10));
    }

    /// <summary>Advance width of glyph <paramref name="glyph"/> in font units (hmtx).</summary>
    private static int Advance(byte[] font, int glyph)
    {
        var metrics = BinaryPrimitives.ReadUInt16BigEndian(Table(font, "hhea")[34..]);
        return BinaryPrimitives.ReadUInt16BigEndian(Table(font, "hmtx")[(Math.Min(glyph, metrics - 1) * 4)..]);
    }

    private static ReadOnlySpan<byte> Table(byte[] font, string tag)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + i * 16, 16);
            if (record[..4].SequenceEqual(Encoding.ASCII.GetBytes(tag)))
                return font.AsSpan((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }
        throw new InvalidDataException($"no {tag} table");
    }

    /// <summary>The decoded data of every stream object of <paramref name="pdf"/>, by object number.</summary>
    private static Dictionary<int, byte[]> Objects(byte[] pdf)
    {
        var result = new Dictionary<int, byte[]>();
        foreach (Match m in StreamPattern().Matches(Encoding.Latin1.GetString(pdf)))
        {
            var data = pdf.AsSpan(m.Index + m.Length, Number(m.Groups["length"])).ToArray();
            using var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            using var decoded = new MemoryStream();
            zlib.CopyTo(decoded);
            result[Number(m.Groups["number"])] = decoded.ToArray();
        }
        return result;
    }

    [GeneratedRegex(@"(?<number>\d+) 0 obj\n<<[^\n]*?/FlateDecode/Length (?<length>\d+)>>\nstream\n")]
    private static partial Regex StreamPattern();

    [GeneratedRegex(@"/Subtype/CIDFontType2/BaseFont/[A-Z]{6}\+(?<base>[A-Za-z-]+)/[^\n]*?/FontDescriptor (?<descriptor>\d+) 0 R[^\n]*?/CIDToGIDMap (?<map>\d+) 0 R>>")]
    private static partial Regex CidFontPattern();
}
