using System.IO.Compression;

namespace Generator.Pdf.Output;

/// <summary>Compresses stream data for every PDF Generator writes.</summary>
internal static class ZlibDeflate
{
    /// <summary>zlib (RFC 1950), optimal level (level 6), deterministic for the same input: for the font program, the content
    /// streams and the ToUnicode CMap no other level is smaller without costing more CPU (a letter's content streams: level 5
    /// +5 bytes, level 9 −98 bytes for +45 % CPU; the font program: level 9 −0.5 % for +65 % CPU; issue 17's measurements,
    /// <c>-- cpu pdf</c> of tests/Generator.Benchmarks).</summary>
    internal static byte[] Compress(ReadOnlySpan<byte> bytes)
    {
        using var output = new MemoryStream(bytes.Length / 2 + 64);
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(bytes);
        return output.ToArray();
    }

    /// <summary>zlib with the run-length strategy (it repeats only the byte before), for data of long runs of zeros
    /// between a few values: a letter's CIDToGIDMap comes out smaller than at any level of the default strategy (599 bytes;
    /// 639 at level 5, the best of them) and three times as fast as level 5 (0.015 ms). Deterministic for the same input.</summary>
    internal static byte[] CompressRuns(ReadOnlySpan<byte> bytes)
    {
        using var output = new MemoryStream(bytes.Length / 8 + 64);
        using (var zlib = new ZLibStream(output, new ZLibCompressionOptions { CompressionStrategy = ZLibCompressionStrategy.RunLengthEncoding },
                   leaveOpen: true)) zlib.Write(bytes);
        return output.ToArray();
    }
}
