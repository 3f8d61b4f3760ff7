using Generator.IO;

namespace Generator.Core.Tests.Writers;

/// <summary>Issue 17: the look-up hex of SHA-256 values and PDF strings is the text .NET's own conversion gives.</summary>
public sealed class HexTests
{
    [Fact]
    public void Lower_and_upper_hex_are_what_Convert_gives_for_every_byte_and_length()
    {
        var random = new Random(17);
        foreach (var length in new[] { 0, 1, 2, 31, 32, 33, 255, 512, 513, 4096 })
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            Assert.Equal(Convert.ToHexStringLower(bytes), Hex.Lower(bytes));
            Assert.Equal(Convert.ToHexString(bytes), Hex.Upper(bytes));
        }
        var all = Enumerable.Range(0, 256).Select(b => (byte)b).ToArray();
        Assert.Equal(Convert.ToHexStringLower(all), Hex.Lower(all));
        Assert.Equal(Convert.ToHexString(all), Hex.Upper(all));
        Assert.Equal("0fa0", Hex.Lower([0x0f, 0xa0]));
        Assert.Equal("0FA0", Hex.Upper([0x0f, 0xa0]));
    }
}
