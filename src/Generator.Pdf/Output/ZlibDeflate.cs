using System.IO.Compression;

namespace Generator.Pdf.Output;

/// <summary>Compresses stream data for every PDF Generator writes.</summary>
internal static class ZlibDeflate
{
    /// <summary>zlib (RFC 1950), optimal level (level 9 costs ~1.5 ms more on the font for 0.7 % size): deterministic for the same input.</summary>
    internal static byte[] Compress(ReadOnlySpan<byte> bytes)
    {
        using var output = new MemoryStream(bytes.Length / 2 + 64);
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(bytes);
        return output.ToArray();
    }

    /// <summary>zlib at <paramref name="level"/> (1–9), for data whose best level is not the optimal one (long runs of zeros:
    /// a CIDToGIDMap is smaller and twice as fast to compress at level 5 as at 6, and level 9 takes twenty times as long).</summary>
    internal static byte[] Compress(ReadOnlySpan<byte> bytes, int level)
    {
        using var output = new MemoryStream(bytes.Length / 8 + 64);
        using (var zlib = new ZLibStream(output, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true)) zlib.Write(bytes);
        return output.ToArray();
    }
}
