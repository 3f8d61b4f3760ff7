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
}
