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

    /// <summary>Compresses <paramref name="data"/> on its own into a piece for <see cref="Joined"/>: raw deflate at the optimal
    /// level from an empty window, ended with a sync flush (byte-aligned, not final).</summary>
    internal static DeflatedPart Part(ReadOnlySpan<byte> data)
    {
        var output = Buffers.Rent();
        AppendRaw(data, output, last: false);
        return new DeflatedPart(data.ToArray(), output.ToArray(), Adler32.Of(data));
    }

    /// <summary>The zlib stream of <paramref name="before"/>, <paramref name="middle"/>'s data and <paramref name="after"/> one
    /// after the other, <paramref name="middle"/> as compressed before (a font program's leading glyph outlines, the same for a
    /// whole run): three pieces compressed apart, each from an empty window, so a little larger (~0.3 % for a letter's font)
    /// than one compression of the whole, at a fraction of its time. Deterministic for the same three. Into this thread's buffer,
    /// as <see cref="CompressToScratch"/>.</summary>
    internal static ReadOnlySpan<byte> Joined(ReadOnlySpan<byte> before, DeflatedPart middle, ReadOnlySpan<byte> after)
    {
        var output = Buffers.Rent();
        output.Write([0x78, 0x9C]); // deflate, 32 KB window, default level (RFC 1950 §2.2)
        AppendRaw(before, output, last: false);
        output.Write(middle.Deflated);
        AppendRaw(after, output, last: true);
        var checksum = Adler32.Combine(Adler32.Combine(Adler32.Of(before), middle.Checksum, middle.Data.Length), Adler32.Of(after), after.Length);
        Span<byte> trailer = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(trailer, checksum);
        output.Write(trailer);
        return output.GetBuffer().AsSpan(0, (int)output.Length);
    }

    /// <summary>Appends <paramref name="data"/> as raw deflate blocks from an empty window: the final block when
    /// <paramref name="last"/>, else ended by a sync flush (an empty stored block: byte-aligned, more may follow).</summary>
    private static void AppendRaw(ReadOnlySpan<byte> data, MemoryStream output, bool last)
    {
        if (data.IsEmpty)
        {
            // a deflate stream given nothing writes nothing; the last piece must still end the data: an empty final block
            // with fixed codes (BFINAL 1, BTYPE 01, end-of-block 0000000)
            if (last) output.Write([0x03, 0x00]);
            return;
        }
        var end = -1L;
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(data);
            if (!last)
            {
                deflate.Flush(); // Z_SYNC_FLUSH
                end = output.Length;
            }
        }
        if (!last) output.SetLength(end); // drop the final empty block the stream adds when it is closed
    }
}
