using System.Buffers.Binary;
using Generator.Pdf.Fonts;
using Generator.Pdf.Fonts.Subsetting;

namespace Generator.Pdf.Tests;

/// <summary>Issue 17: HarfBuzz's preparation of a font for repeated subsetting (<c>hb_subset_preprocess</c>, 15–20 ms for
/// IPAex明朝, 85–100 ms for IPAmj明朝) is waited for by no document: until it is made, subsets are cut from the font as it is,
/// and they must be the same bytes, or a letter's bytes would depend on when it was written.</summary>
public partial class FontSubsetTests
{
    [Theory]
    [InlineData(0)] // IPAex明朝
    [InlineData(1)] // IPAmj明朝, the fallback: 61,000 glyphs, some composite
    public void ASubsetOfTheFontAsItIsIsTheSameBytesAsOneOfThePreparedFont(int index)
    {
        var font = PdfFontLoader.Load(PdfWriterOptions.Default)[index]!.File;
        var asItIs = new HarfBuzzSubsetter(font.Bytes, subsetsBeforePreprocessing: int.MaxValue);
        var prepared = new HarfBuzzSubsetter(font.Bytes, subsetsBeforePreprocessing: int.MaxValue);
        prepared.Preprocess();
        Assert.True(prepared.IsPreprocessed);

        var random = new Random(17);
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(Table(font.Bytes, "maxp")[4..]);
        foreach (var size in new[] { 1, 5, 237, 237, 237, 1200 })
        {
            var glyphs = Enumerable.Range(0, size).Select(_ => (ushort)random.Next(1, glyphCount)).Distinct().Order().ToList();
            var leading = glyphs.Where(_ => random.Next(3) > 0).ToHashSet();
            foreach (var lead in new IReadOnlySet<ushort>?[] { null, leading })
            {
                using var a = asItIs.Subset(glyphs, lead);
                using var b = prepared.Subset(glyphs, lead);
                Assert.False(a.FromPreparedFont);
                Assert.True(b.FromPreparedFont);
                Assert.True(a.Program.SequenceEqual(b.Program), $"{size} glyphs, leading {lead?.Count ?? 0}: the programs differ");
                Assert.Equal(a.NewGlyphs, b.NewGlyphs);
                Assert.Equal((a.LeadingGlyphCount, a.LeadingKey), (b.LeadingGlyphCount, b.LeadingKey));
                Assert.True(a.Program.Length > 100);
            }
        }
        Assert.False(asItIs.IsPreprocessed); // it was the font as it is that cut the first subsets
    }

    [Fact]
    public void TheFontIsPreparedOnItsOwnAtItsEighthSubsetAndNotBefore()
    {
        var font = PdfFontLoader.Load(PdfWriterOptions.Default).Primary.File;
        var subsetter = new HarfBuzzSubsetter(font.Bytes);
        ushort[] glyphs = [.. new[] { font.GlyphIndex('通'), font.GlyphIndex('知') }.Order()]; // ascending, as a subset takes them
        for (var i = 1; i < HarfBuzzSubsetter.SubsetsBeforePreprocessing; i++)
        {
            using var subset = subsetter.Subset(glyphs);
            Assert.Equal([1, 2], subset.NewGlyphs.Select(g => (int)g));
            Assert.False(subset.FromPreparedFont);
        }
        Assert.False(subsetter.IsPreprocessed); // a single document, or a few, never pay for the preparation

        using (var eighth = subsetter.Subset(glyphs)) Assert.True(eighth.FromPreparedFont); // the one that prepares it
        Assert.True(subsetter.IsPreprocessed);
        subsetter.Preprocess(); // asked again: nothing to do
        using var after = subsetter.Subset(glyphs);
        Assert.Equal([1, 2], after.NewGlyphs.Select(g => (int)g));
        Assert.True(after.FromPreparedFont);
    }

    [Fact]
    public void AFontAskedToBePreparedIsPreparedAtOnceAndItsFirstSubsetIsCutFromIt()
    {
        var font = PdfFontLoader.Load(PdfWriterOptions.Default).Primary.File;
        var subsetter = new HarfBuzzSubsetter(font.Bytes);
        Assert.False(subsetter.IsPreprocessed);
        subsetter.Preprocess(); // what a batch's preparation does while the inputs are read
        Assert.True(subsetter.IsPreprocessed);
        using var first = subsetter.Subset([font.GlyphIndex('通')]);
        Assert.True(first.FromPreparedFont);
    }

    /// <summary>What the front ends ask: a batch (<c>generator batch</c>, the studio's send) has the body font prepared before
    /// its letters; one document (<c>render</c>) has it loaded only. A copy of the font file is a font of its own, which
    /// nothing else in the process prepared.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AWriterPreparesTheBodyFontForManyDocumentsOnly(bool manyDocuments)
    {
        var copy = Path.Combine(Generator.Testing.TempFolder.NewPath($"prepare-{manyDocuments}"), "ipaexm.ttf");
        File.Copy(FontLocator.Locate(null), copy);
        var writer = new PdfWriter(new PdfWriterOptions { FontPath = copy });
        writer.Prepare(manyDocuments);
        var subsetter = FontRegistry.Get(copy).Subsetter;
        Assert.Equal(manyDocuments, subsetter.IsPreprocessed);

        PdfFiles.Bytes(TestDocuments.Parse("@title 通知\n　本文です。"), new PdfWriterOptions { FontPath = copy }); // one letter
        Assert.Equal(manyDocuments, subsetter.IsPreprocessed);
    }
}
