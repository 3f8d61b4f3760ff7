using System.IO.Compression;
using System.Text;
using Generator.Pdf.Output;

namespace Generator.Pdf.Tests;

/// <summary>Issue 17: a zlib stream joined from pieces compressed apart (<see cref="ZlibDeflate.Joined"/>) — how a letter's
/// font program reuses its leading outlines compressed once per run — decodes to the pieces one after the other, with the
/// right Adler-32, for any sizes.</summary>
public sealed class ZlibJoinedTests
{
    [Theory]
    [InlineData("", 1u)]
    [InlineData("a", 0x00620062u)]
    [InlineData("Wikipedia", 0x11E60398u)] // RFC 1950's example as commonly quoted
    public void Adler32OfKnownText(string text, uint expected) => Assert.Equal(expected, Adler32.Of(Encoding.ASCII.GetBytes(text)));

    [Fact]
    public void Adler32OfTwoPiecesIsTheirCombination()
    {
        var random = new Random(17);
        foreach (var (first, second) in new[] { (0, 0), (0, 10), (10, 0), (1, 1), (5551, 5553), (65521, 3), (70_000, 200_000), (3, 131_042) })
        {
            var data = new byte[first + second];
            random.NextBytes(data);
            if (first > 100) data.AsSpan(0, 100).Fill(0xFF); // long runs of high bytes push the sums hardest
            var whole = Adler32.Of(data);
            Assert.Equal(whole, Adler32.Combine(Adler32.Of(data.AsSpan(0, first)), Adler32.Of(data.AsSpan(first)), second));
        }
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(124, 20_000, 3_000)]
    [InlineData(3_000, 60_000, 0)]
    [InlineData(1, 1, 1)]
    [InlineData(100, 0, 100)] // no leading outlines: an empty piece between two
    [InlineData(40_000, 100_000, 40_000)] // pieces longer than the 32 KB window
    public void JoinedPiecesDecodeToTheirDataInOrder(int before, int middle, int after)
    {
        var data = FontLikeBytes(before + middle + after);
        var piece = ZlibDeflate.Part(data.AsSpan(before, middle));
        var joined = ZlibDeflate.Joined(data.AsSpan(0, before), piece, data.AsSpan(before + middle)).ToArray();

        Assert.Equal(data, Inflate(joined)); // zlib checks the Adler-32 at the end
        Assert.Equal(joined, ZlibDeflate.Joined(data.AsSpan(0, before), ZlibDeflate.Part(data.AsSpan(before, middle)), data.AsSpan(before + middle)).ToArray());
        if (middle > 20_000) // a little larger than one compression of the whole, not more
            Assert.True(joined.Length <= ZlibDeflate.Compress(data).Length * 1.03 + 64, $"{joined.Length} bytes joined");
    }

    [Fact]
    public void APieceEndsWithASyncFlushAndIsNotFinal()
    {
        var piece = ZlibDeflate.Part(FontLikeBytes(20_000)).Deflated;
        Assert.Equal([0x00, 0x00, 0xFF, 0xFF], piece[^4..]); // the empty stored block of a sync flush: byte-aligned
        Assert.Equal(0, piece[0] & 1); // BFINAL of the first block is 0: more blocks may follow
    }

    [Fact]
    public void ACorruptPieceIsRefusedByTheChecksum()
    {
        var data = FontLikeBytes(30_000);
        var piece = ZlibDeflate.Part(data.AsSpan(1_000, 20_000));
        var joined = ZlibDeflate.Joined(data.AsSpan(0, 1_000), piece with { Checksum = piece.Checksum ^ 1 }, data.AsSpan(21_000)).ToArray();
        Assert.ThrowsAny<InvalidDataException>(() => Inflate(joined));
    }

    /// <summary>Bytes that compress like glyph outlines (~75 %): short repeats among noise.</summary>
    private static byte[] FontLikeBytes(int length)
    {
        var random = new Random(length);
        var data = new byte[length];
        for (var i = 0; i < length; i++)
            data[i] = i > 64 && random.Next(3) == 0 ? data[i - random.Next(1, 64)] : (byte)random.Next(32);
        return data;
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
