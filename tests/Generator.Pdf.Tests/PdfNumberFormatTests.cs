using System.Text;
using Generator.Pdf.Drawing;

namespace Generator.Pdf.Tests;

/// <summary>Numbers in our content streams: fixed point, invariant, rounded half away from zero, no trailing zeros.</summary>
public class PdfNumberFormatTests
{
    [Theory]
    [InlineData(0.0, 4, "0")]
    [InlineData(10.6299, 4, "10.6299")]
    [InlineData(729.55454, 4, "729.5545")]
    [InlineData(0.125, 2, "0.13")]
    [InlineData(-0.125, 2, "-0.13")]
    [InlineData(-79.11251, 4, "-79.1125")]
    [InlineData(0.5, 4, "0.5")]
    [InlineData(12.0, 4, "12")]
    [InlineData(-0.00001, 4, "0")]
    [InlineData(-12.372, 2, "-12.37")]
    [InlineData(1000.0, 0, "1000")]
    [InlineData(0.07, 4, "0.07")]
    public void FormatsWithoutCultureOrExponent(double value, int decimals, string expected)
    {
        Span<byte> buffer = stackalloc byte[32];
        var length = PdfNumberFormat.Format(value, decimals, buffer);
        Assert.Equal(expected, Encoding.ASCII.GetString(buffer[..length]));
    }

    /// <summary>Issue 17: the rounding without Math.Round gives Math.Round's result for every kind of value — halves either
    /// side of zero, the largest double below a half, values near and past 2^52 and 2^63, infinities and NaN.</summary>
    [Fact]
    public void Rounding_is_Math_Round_away_from_zero_for_every_value()
    {
        var random = new Random(17);
        var values = new List<double>
        {
            0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, 0.5000000000000001,
            4_503_599_627_370_495.5, 4_503_599_627_370_496.0, -4_503_599_627_370_495.5, 9_007_199_254_740_993.0,
            1e18, -1e18, 1e300, double.MaxValue, double.Epsilon, -double.Epsilon,
        };
        for (var i = 0; i < 200_000; i++)
        {
            values.Add((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(0, 16)));
            values.Add(random.Next(-100_000, 100_000) + 0.5);                  // exact halves
            values.Add(BitConverter.Int64BitsToDouble(random.NextInt64()));   // any bit pattern, NaNs included
        }
        foreach (var x in values)
        {
            if (double.IsNaN(x) || Math.Abs(x) >= 9.2e18) continue; // (long) of these is undefined in both versions alike
            Assert.True((long)Math.Round(x, MidpointRounding.AwayFromZero) == PdfNumberFormat.RoundAwayFromZero(x), $"{x:R}");
        }
    }
}
