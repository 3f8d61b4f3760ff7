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
            var subsetPath = Path.Combine(TempFolder.NewPath("subset"), name + ".ttf");
            File.WriteAllBytes(subsetPath, program);
            var subset = TrueTypeFontFile.Load(subsetPath);
            var index = font.Groups["base"].Value == "IPAexMincho" ? 0 : 1;
            var original = chain[index]!.File;

            var cids = drawn.Select(cp => (cp, cid: chain.Resolve(cp).Glyph)).Where(c => c.cid != 0 && chain.Resolve(c.cp).Font == index).ToList();
            Assert.NotEmpty(cids);
            Assert.Equal((cids.Max(c => c.cid) + 1) * 2, map.Length); // up to the highest character id drawn
            foreach (var (cp, cid) in cids)
            {
                var gid = BinaryPrimitives.ReadUInt16BigEndian(map.AsSpan(cid * 2));
                Assert.True(gid != 0, $"U+{cp:X4} (CID {cid}) maps to .notdef");
                Assert.Equal(subset.GlyphIndex(cp), gid); // the subset's own cmap agrees
                Assert.Equal(original.GlyphWidth(cid), subset.GlyphWidth(gid));
            }
            var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(MaxpTable(program).AsSpan(4));
            Assert.True(glyphCount <= cids.Select(c => c.cid).Distinct().Count() + 1 + 8,
                $"{glyphCount} glyph slots for {cids.Count} characters: the subset keeps empty slots");
            Assert.Equal(map.Length / 2 - cids.Select(c => c.cid).Distinct().Count(), Enumerable.Range(0, map.Length / 2)
                .Count(i => map[i * 2] == 0 && map[i * 2 + 1] == 0)); // every other CID is .notdef
        }
    }

    private static int Number(Group group) => int.Parse(group.Value, System.Globalization.CultureInfo.InvariantCulture);

    private static byte[] MaxpTable(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + i * 16, 16);
            if (record[..4].SequenceEqual("maxp"u8))
                return font.AsSpan((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..])).ToArray();
        }
        throw new InvalidDataException("no maxp table");
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
