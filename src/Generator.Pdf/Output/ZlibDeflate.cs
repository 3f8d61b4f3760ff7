using System.IO.Compression;
using Generator.IO;

namespace Generator.Pdf.Output;

/// <summary>Compresses stream data for every PDF Generator writes, into a buffer each thread keeps (<see cref="ScratchBuffer"/>):
/// no output grown and copied per call. Data written at once (a font program, a ToUnicode map) is compressed with the
/// <c>…ToScratch</c> methods and handed to the file as a span; data kept (a page's content for print.pdf) is copied out once,
/// at its exact size.</summary>
internal static class ZlibDeflate
{
    private static readonly ScratchBuffer Buffers = new();

    /// <summary>zlib (RFC 1950), optimal level (level 6), deterministic for the same input: for the font program, the content
    /// streams and the ToUnicode CMap no other level is smaller without costing more CPU (a letter's content streams: level 5
    /// +5 bytes, level 9 −98 bytes for +45 % CPU; the font program: level 9 −0.5 % for +65 % CPU; issue 17's measurements,
    /// <c>-- cpu pdf</c> of tests/Generator.Benchmarks). A new array of the compressed size.</summary>
    internal static byte[] Compress(ReadOnlySpan<byte> bytes) => CompressToScratch(bytes).ToArray();

    /// <summary>As <see cref="Compress"/>, into this thread's buffer: the span is valid until the next call of this class on the
    /// same thread, so write it out at once.</summary>
    internal static ReadOnlySpan<byte> CompressToScratch(ReadOnlySpan<byte> bytes)
    {
        var output = Buffers.Rent();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(bytes);
        return output.GetBuffer().AsSpan(0, (int)output.Length);
    }

    /// <summary>zlib with the run-length strategy (it repeats only the byte before), for data of long runs of zeros
    /// between a few values: a letter's CIDToGIDMap comes out smaller than at any level of the default strategy (599 bytes;
    /// 639 at level 5, the best of them) and three times as fast as level 5 (0.015 ms). Deterministic for the same input.
    /// Into this thread's buffer, as <see cref="CompressToScratch"/>.</summary>
    internal static ReadOnlySpan<byte> CompressRunsToScratch(ReadOnlySpan<byte> bytes)
    {
        var output = Buffers.Rent();
        using (var zlib = new ZLibStream(output, new ZLibCompressionOptions { CompressionStrategy = ZLibCompressionStrategy.RunLengthEncoding },
                   leaveOpen: true)) zlib.Write(bytes);
        return output.GetBuffer().AsSpan(0, (int)output.Length);
    }
}
