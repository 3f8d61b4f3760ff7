using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Generator.Cli.Tests.Support;

/// <summary>An 8-bit greyscale image read from PNG (grey, or the RGB of grey pixels that <c>pdftoppm -gray -png</c>
/// writes) and written as grey PNG; no image library: the chunks, zlib (System.IO.Compression) and the five row filters.</summary>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Pixels">Row by row, 0 black … 255 white.</param>
internal sealed record GreyPng(int Width, int Height, byte[] Pixels)
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    /// <summary>Reads an 8-bit greyscale, non-interlaced PNG; anything else fails the test.</summary>
    public static GreyPng Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.AsSpan(0, 8).SequenceEqual(Signature), $"{path} is not a PNG");
        int width = 0, height = 0, channels = 1;
        using var idat = new MemoryStream();
        for (var at = 8; at + 8 <= bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = Encoding.ASCII.GetString(bytes, at + 4, 4);
            var data = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.True(data[8] == 8 && data[9] is 0 or 2 && data[12] == 0, $"{path}: only 8-bit grey or RGB, non-interlaced PNGs are read");
                channels = data[9] == 2 ? 3 : 1;
            }
            else if (type == "IDAT") idat.Write(data);
            else if (type == "IEND") break;
            at += 12 + length;
        }
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress)) zlib.CopyTo(inflated);
        var samples = Unfilter(inflated.ToArray(), width * channels, height, channels);
        // grey pixels in RGB have R = G = B: the first sample of each is the grey level
        return new GreyPng(width, height, channels == 1 ? samples : [.. Enumerable.Range(0, width * height).Select(i => samples[i * channels])]);
    }

    /// <summary>Writes the image as PNG (filter 0 on every row).</summary>
    public void Write(string path)
    {
        using var raw = new MemoryStream();
        for (var y = 0; y < Height; y++)
        {
            raw.WriteByte(0);
            raw.Write(Pixels, y * Width, Width);
        }
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(raw.ToArray());
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Height);
        header[8] = 8; // bit depth; colour type 0 (grey), deflate, filter 0, no interlace
        using var file = File.Create(path);
        file.Write(Signature);
        WriteChunk(file, "IHDR", header);
        WriteChunk(file, "IDAT", compressed.ToArray());
        WriteChunk(file, "IEND", []);
    }

    private static void WriteChunk(Stream stream, string type, byte[] data)
    {
        var buffer = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
        stream.Write(buffer);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        stream.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(buffer, Crc32(typed));
        stream.Write(buffer);
    }

    private static readonly uint[] CrcTable = [.. Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        return c;
    })];

    /// <summary>The CRC-32 of a chunk's type and data (PNG specification, annex D).</summary>
    private static uint Crc32(byte[] bytes)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in bytes) c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        return c ^ 0xFFFFFFFFu;
    }

    // PNG filters on rows of width bytes, bpp bytes a pixel: 0 none, 1 sub, 2 up, 3 average, 4 Paeth
    private static byte[] Unfilter(byte[] data, int width, int height, int bpp)
    {
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (width + 1)];
            var source = y * (width + 1) + 1;
            for (var x = 0; x < width; x++)
            {
                int left = x >= bpp ? pixels[y * width + x - bpp] : 0;
                int up = y > 0 ? pixels[(y - 1) * width + x] : 0;
                int upLeft = x >= bpp && y > 0 ? pixels[(y - 1) * width + x - bpp] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"PNG row filter {filter}"),
                };
                pixels[y * width + x] = (byte)(data[source + x] + predictor);
            }
        }
        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
