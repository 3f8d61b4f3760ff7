namespace Generator.Pdf.Output;

/// <summary>The Adler-32 checksum that ends a zlib stream (RFC 1950 §8.2), and the checksum of two pieces joined, from
/// theirs: a zlib stream put together from pieces compressed apart (<see cref="ZlibDeflate.Joined"/>) needs the checksum of
/// the whole without reading the piece compressed once per run again.</summary>
internal static class Adler32
{
    private const uint Modulus = 65521; // the largest prime below 2^16
    private const int Block = 5552; // the most bytes the 32-bit sums take before they must be reduced

    /// <summary>The checksum of <paramref name="bytes"/> (1 for none).</summary>
    public static uint Of(ReadOnlySpan<byte> bytes)
    {
        uint a = 1, b = 0;
        while (bytes.Length > 0)
        {
            var block = bytes[..Math.Min(Block, bytes.Length)];
            foreach (var value in block)
            {
                a += value;
                b += a;
            }
            a %= Modulus;
            b %= Modulus;
            bytes = bytes[block.Length..];
        }
        return b << 16 | a;
    }

    /// <summary>The checksum of the bytes of <paramref name="first"/> followed by the <paramref name="secondLength"/> bytes
    /// of <paramref name="second"/>. With A the sum of the bytes plus 1 and B the sum of the A after each byte: A = A₁ + A₂ − 1,
    /// and each of the second piece's A is the first's A₁ − 1 larger, so B = B₁ + B₂ + n₂ (A₁ − 1), all modulo 65521.</summary>
    public static uint Combine(uint first, uint second, long secondLength)
    {
        ulong a1 = first & 0xFFFF, b1 = first >> 16, a2 = second & 0xFFFF, b2 = second >> 16;
        var n = (ulong)(secondLength % Modulus);
        var a = (a1 + a2 + Modulus - 1) % Modulus;
        var b = (b1 + b2 + n * ((a1 + Modulus - 1) % Modulus)) % Modulus;
        return (uint)(b << 16 | a);
    }
}
