using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;
using Generator.Model;
using Generator.Pdf.Fonts;
using Generator.Testing;

namespace Generator.Pdf.Tests;

/// <summary>Issue 17: a document's template characters (<see cref="Document.TemplateCharacters"/>) lead its font subsets, and
/// their outlines — the same bytes in every letter of a run — are a piece of the font program compressed once per run. The
/// letter draws and says the same, and its bytes never depend on whether the piece was compressed before.</summary>
public partial class FontSubsetTests
{
    /// <summary>The circular with a line naming <paramref name="addressee"/> first (an ASCII letter and a place name outside
    /// the template characters), and the characters of the circular alone as its template characters.</summary>
    private static Document Letter(string addressee)
    {
        var circular = TestDocuments.Circular();
        var template = string.Concat(string.Concat(circular.AllText()).EnumerateRunes().Where(r => !Rune.IsWhiteSpace(r))
            .Select(r => r.Value).Distinct().Order().Select(v => new Rune(v).ToString()));
        var letter = TestDocuments.Parse($"@to {addressee}\n" + SampleTemplates.CircularMarkup() + TestDocuments.Read("circular-additions.txt"));
        return letter with { TemplateCharacters = template };
    }

    [Fact]
    public void TheTemplatesGlyphsLeadTheSubsetInOrderAndEveryCharacterStillMapsToItsGlyph()
    {
        var document = Letter("宛先 B 函館市長");
        var pdf = PdfFiles.Bytes(document);
        var text = Encoding.Latin1.GetString(pdf);
        var font = Assert.Single(CidFontPattern().Matches(text));
        var descriptor = Regex.Match(text, $@"\n{font.Groups["descriptor"].Value} 0 obj\n<</Type/FontDescriptor[^\n]*/FontFile2 (\d+) 0 R");
        var objects = Objects(pdf);
        var program = objects[Number(descriptor.Groups[1])];
        var map = objects[Number(font.Groups["map"])];
        var chain = PdfFontLoader.Load(PdfWriterOptions.Default);
        var original = chain.Primary.File.Bytes;

        var drawn = new PdfWriter().PageLines(document).SelectMany(page => page).SelectMany(line => line.EnumerateRunes())
            .Select(r => r.Value).Distinct().ToList(); // spaces too: the line joins cells with one, and 「宛先 B」 draws it
        var template = document.TemplateCharacters.EnumerateRunes().Select(r => r.Value).ToHashSet();
        var cids = drawn.Select(cp => (cp, cid: chain.Primary.File.GlyphIndex(cp))).Where(c => c.cid != 0).DistinctBy(c => c.cid).ToList();
        var leading = cids.Where(c => template.Contains(c.cp)).Select(c => c.cid).Order().ToList();
        var others = cids.Where(c => !template.Contains(c.cp)).Select(c => c.cid).Order().ToList();
        Assert.True(others.Count >= 3, "the addressee's line has characters outside the template's");
        ushort Gid(ushort cid) => BinaryPrimitives.ReadUInt16BigEndian(map.AsSpan(cid * 2));

        Assert.Equal(Enumerable.Range(1, leading.Count).Select(i => (ushort)i), leading.Select(c => Gid(c))); // 1, 2, … in CID order
        Assert.Equal(Enumerable.Range(leading.Count + 1, others.Count).Select(i => (ushort)i), others.Select(c => Gid(c))); // then the rest
        foreach (var (_, cid) in cids)
        {
            Assert.Equal(OutlineHeader(original, cid), OutlineHeader(program, Gid(cid)));
            Assert.Equal(Advance(original, cid), Advance(program, Gid(cid)));
        }
        Assert.Equal(cids.Count + 1, BinaryPrimitives.ReadUInt16BigEndian(Table(program, "maxp")[4..])); // no empty slot
    }

    [Fact]
    public void ALetterIsTheSameBytesAndPictureWhetherItsLeadingOutlinesWereCompressedBeforeOrNot()
    {
        var hakodate = Letter("宛先 B 函館市長");
        // a copy of the font file is a font of its own, with nothing compressed before: the cold start of a run
        var copy = Path.Combine(TempFolder.NewPath("leading-cold"), "ipaexm.ttf");
        File.Copy(FontLocator.Locate(null), copy);
        var cold = PdfFiles.Bytes(hakodate, new PdfWriterOptions { FontPath = copy });

        var sapporo = PdfFiles.Bytes(Letter("宛先 A 札幌市長")); // another letter of the run: the piece is compressed now
        var warm = PdfFiles.Bytes(hakodate);
        Assert.Equal(cold, warm);

        // the two letters share the piece byte for byte, though their glyph sets differ from the first glyphs on (A, B)
        var sapporoProgram = RawFontProgram(sapporo);
        var hakodateProgram = RawFontProgram(warm);
        Assert.True(sapporoProgram.Length > 30_000, $"{sapporoProgram.Length} bytes");
        var middle = sapporoProgram.AsSpan(sapporoProgram.Length / 2 - 2048, 4096);
        Assert.True(hakodateProgram.AsSpan().IndexOf(middle) > 0, "the letters' font programs do not share their leading outlines");

        // and it draws and says what it drew without template characters
        var plain = PdfFiles.Write(hakodate with { TemplateCharacters = "" }, "leading-plain");
        var led = PdfFiles.Write(hakodate, "leading-led");
        Assert.NotEqual(File.ReadAllBytes(plain), File.ReadAllBytes(led));
        Assert.Equal(ExternalTool.PdfToTextRaw(plain), ExternalTool.PdfToTextRaw(led));
        Assert.Equal(Picture(plain), Picture(led));
        foreach (var path in new[] { plain, led })
        {
            var (code, output) = ExternalTool.Run("qpdf", "--check", path);
            Assert.True(code == 0, output);
        }
    }

    [Fact]
    public void TheSameGlyphsNumberedOtherwiseGetAnotherSubsetName()
    {
        ushort[] glyphs = [3, 700, 5000];
        var plain = Drawing.CidFontParts.SubsetTag("IPAexMincho", glyphs);
        Assert.Equal(plain, Drawing.CidFontParts.SubsetTag("IPAexMincho", glyphs, new HashSet<ushort>())); // none lead: as before
        Assert.NotEqual(plain, Drawing.CidFontParts.SubsetTag("IPAexMincho", glyphs, new HashSet<ushort> { 700 }));
        Assert.NotEqual(Drawing.CidFontParts.SubsetTag("IPAexMincho", glyphs, new HashSet<ushort> { 700 }),
            Drawing.CidFontParts.SubsetTag("IPAexMincho", glyphs, new HashSet<ushort> { 700, 5000 }));
        Assert.Matches("^[A-Z]{6}$", plain);
    }

    /// <summary>The FontFile2 stream of <paramref name="pdf"/> as stored (compressed).</summary>
    private static byte[] RawFontProgram(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var number = Regex.Match(text, @"/FontFile2 (\d+) 0 R").Groups[1].Value;
        var stream = Regex.Match(text, $@"\n{number} 0 obj\n<<[^\n]*?/Length (\d+)>>\nstream\n");
        return pdf.AsSpan(stream.Index + stream.Length, int.Parse(stream.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    /// <summary>Every page of <paramref name="pdf"/> rendered in grey at 100 dpi by pdftoppm, as one array of bytes.</summary>
    private static byte[] Picture(string pdf)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, Path.GetFileNameWithoutExtension(pdf) + "-page");
        var (code, output) = ExternalTool.Run("pdftoppm", "-r", "100", "-gray", pdf, prefix);
        Assert.True(code == 0, output);
        return [.. Directory.GetFiles(Path.GetDirectoryName(pdf)!, Path.GetFileName(prefix) + "*.pgm").Order(StringComparer.Ordinal).SelectMany(File.ReadAllBytes)];
    }
}
