using System.IO.Compression;

namespace Generator.Docx.Packaging;

/// <summary>One zip entry, compressed once: its name, deflated bytes, and the CRC-32 and length of the content. An entry
/// the same for every letter of a run is made once and copied into every package as it is.</summary>
internal sealed record DeflatedEntry(string Name, byte[] Compressed, uint Crc, int Length)
{
    /// <summary>Deflates <paramref name="content"/> at <see cref="CompressionLevel.Optimal"/>, the level the packages
    /// have always used (so the bytes do not change with how the package is put together).</summary>
    public static DeflatedEntry Of(string name, ReadOnlySpan<byte> content)
    {
        var compressed = new MemoryStream(content.Length / 3 + 64);
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) deflate.Write(content);
        return new DeflatedEntry(name, compressed.ToArray(), Crc32.Of(content), content.Length);
    }
}
