namespace Generator.Pdf.Drawing;

/// <summary>Formats numbers for PDF content the same on every machine: fixed point, rounded half away from zero to a number
/// of decimals, trailing zeros dropped, no exponent, no culture, no allocation.</summary>
internal static class PdfNumberFormat
{
    private static readonly long[] Scales = [1, 10, 100, 1_000, 10_000, 100_000];

    /// <summary>Writes <paramref name="value"/> with at most <paramref name="decimals"/> (0–5) decimals into
    /// <paramref name="destination"/> (at least 32 bytes); returns the number of bytes written.</summary>
    public static int Format(double value, int decimals, Span<byte> destination)
    {
        var scale = Scales[decimals];
        var scaled = RoundAwayFromZero(value * scale);
        var at = 0;
        if (scaled < 0)
        {
            destination[at++] = (byte)'-';
            scaled = -scaled;
        }
        var whole = scaled / scale;
        var fraction = scaled % scale;
        at += WriteDigits(whole, destination[at..]);
        if (fraction == 0) return at;
        destination[at++] = (byte)'.';
        var digits = decimals;
        while (fraction % 10 == 0)
        {
            fraction /= 10;
            digits--;
        }
        for (var i = digits - 1; i >= 0; i--)
        {
            destination[at + i] = (byte)('0' + fraction % 10);
            fraction /= 10;
        }
        return at + digits;
    }

    /// <summary>(long)Math.Round(x, MidpointRounding.AwayFromZero), the same for every x: below 2^52 the truncation is a
    /// conversion to long and the fraction x − trunc(x) is exact, so the half is decided as Math.Round decides it. In the
    /// Native AOT build for baseline x86-64 (no SSE4.1), Math.Round and Math.Truncate are calls into libm's modf: ~2 % of a
    /// batch's CPU for every coordinate of every page (issue 17).</summary>
    internal static long RoundAwayFromZero(double x)
    {
        if (!(Math.Abs(x) < 4_503_599_627_370_496.0)) return (long)Math.Round(x, MidpointRounding.AwayFromZero); // 2^52, NaN
        var whole = (long)x;
        var fraction = x - whole;
        return fraction >= 0.5 ? whole + 1 : fraction <= -0.5 ? whole - 1 : whole;
    }

    private static int WriteDigits(long value, Span<byte> destination)
    {
        var length = 1;
        for (var v = value; v >= 10; v /= 10) length++;
        for (var i = length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + value % 10);
            value /= 10;
        }
        return length;
    }
}
