using System.IO.Compression;
using Generator.Pdf.Fonts;
using Generator.Pdf.Output;

namespace Generator.Pdf.Tests;

/// <summary>Issue 17: a PDF letter allocates little besides its layout — its streams are compressed into a buffer each thread
/// keeps, the font subset is read where HarfBuzz made it, the ToUnicode CMap is written as bytes — with the same bytes.</summary>
public class LetterAllocationTests
{
    /// <summary>Before: 521 KB for the circular beyond its layout's 375 KB (the subset program copied out of HarfBuzz, each
    /// stream deflated into a growing MemoryStream and copied out, the ToUnicode CMap made as a string and encoded, the
    /// CIDToGIDMap in a new array); after: 94 KB.</summary>
    [Fact]
    public void ALetterAllocatesUnder150KilobytesBeyondItsLayout()
    {
        var writer = new PdfWriter();
        var document = TestDocuments.Circular();
        using var output = new MemoryStream(512 * 1024);
        for (var i = 0; i < 5; i++) Write(writer, document, output); // JIT, font load, the thread's buffers

        var written = Allocated(() => Write(writer, document, output));
        var laidOut = Allocated(() => writer.Layout(document));

        Assert.True(written - laidOut < 150 * 1024, $"a letter allocates {written:N0} bytes, of which its layout {laidOut:N0}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_000)]
    [InlineData(300_000)] // beyond the thread's first buffer: it grows
    public void CompressingIntoTheThreadsBufferGivesZlibsBytes(int length)
    {
        var data = new byte[length];
        new Random(length).NextBytes(data.AsSpan(0, length / 3)); // some noise, then zeros
        using var expected = new MemoryStream();
        using (var zlib = new ZLibStream(expected, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);

        Assert.Equal(expected.ToArray(), ZlibDeflate.CompressToScratch(data).ToArray());
        Assert.Equal(expected.ToArray(), ZlibDeflate.Compress(data));
    }

    [Fact]
    public void ASubsetsProgramIsNotReadAfterItIsDisposed()
    {
        var font = FontRegistry.Get(FontLocator.Locate(null));
        var subset = font.Subsetter.Subset([font.File.GlyphIndex('様')]);
        Assert.True(subset.Program.Length > 0);
        subset.Dispose();
        Assert.Throws<ObjectDisposedException>(() => subset.Program.Length);
    }

    private static void Write(PdfWriter writer, Model.Document document, MemoryStream output)
    {
        output.SetLength(0);
        writer.Write(document, output);
    }

    private static long Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
