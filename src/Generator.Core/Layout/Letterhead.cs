using System.Collections.Immutable;
using Generator.Model;

namespace Generator.Layout;

/// <summary>The letterhead (レターヘッド) printed in the top margin of the first page: an image above text lines, both optional.</summary>
/// <param name="Lines">Text lines at body size, e.g. 「北海道保健福祉部」 and its address.</param>
/// <param name="Image">A PNG image (e.g. the office's emblem), or null.</param>
/// <param name="ImageHeightMm">Height the image is printed at; its width follows the image's proportions.</param>
/// <param name="Alignment">Where the lines and image stand across the text width.</param>
/// <param name="TopMm">Distance of the letterhead's top from the paper's top edge.</param>
public sealed record Letterhead(ImmutableArray<string> Lines, PngImage? Image, double ImageHeightMm, LineAlignment Alignment, double TopMm)
{
    /// <summary>The file the letterhead comes from (style file or reference .docx), named in errors.</summary>
    public string Source { get; init; } = "style";

    /// <summary>Fingerprint text: everything that changes the letterhead's look.</summary>
    public string Describe() => $"{string.Join("|", Lines)};{Image?.Hash};{ImageHeightMm};{Alignment};{TopMm}";
}

/// <summary>The office's seal (公印) image, printed <paramref name="SizeMm"/> square, centred on the last character of the sender's name.</summary>
public sealed record SealImage(PngImage Image, double SizeMm);

/// <summary>A PNG file's bytes and pixel size.</summary>
public sealed record PngImage(ImmutableArray<byte> Bytes, int WidthPx, int HeightPx)
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>SHA-256 of the bytes, hex.</summary>
    public string Hash => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Bytes.AsSpan()));

    /// <summary>Width divided by height.</summary>
    public double AspectRatio => (double)WidthPx / HeightPx;

    /// <summary>Reads a PNG's size from its IHDR chunk; null when <paramref name="bytes"/> is not a PNG.</summary>
    public static PngImage? TryRead(byte[] bytes)
    {
        if (bytes.Length < 24 || !bytes.AsSpan(0, 8).SequenceEqual(Signature) || !bytes.AsSpan(12, 4).SequenceEqual("IHDR"u8)) return null;
        var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4));
        var height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4));
        return width > 0 && height > 0 ? new PngImage([.. bytes], width, height) : null;
    }
}
