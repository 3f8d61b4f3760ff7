using Generator.Data;

namespace Generator.Core.Tests.Data;

public class LocalGovernmentCodeTests
{
    [Theory]
    [InlineData("01100", '2')] // 札幌市 011002: 0·6+1·5+1·4+0·3+0·2 = 9, 11−9 = 2
    [InlineData("13101", '6')] // 千代田区 131016: 6+15+4+0+2 = 27, 27 mod 11 = 5, 11−5 = 6
    [InlineData("27100", '4')] // 大阪市 271004
    [InlineData("47000", '7')] // 沖縄県 470007
    [InlineData("26214", '5')] // 木津川市 262145
    [InlineData("01000", '6')] // 北海道 010006
    public void Computes_the_check_digit(string fiveDigits, char expected) =>
        Assert.Equal(expected, LocalGovernmentCode.ComputeCheckDigit(fiveDigits));

    [Fact]
    public void Check_digit_ten_becomes_zero()
    {
        // 20000: s = 12, s mod 11 = 1, 11 − 1 = 10, 10 mod 10 = 0.
        Assert.Equal('0', LocalGovernmentCode.ComputeCheckDigit("20000"));
        // 00000: s = 0, 11 − 0 = 11, 11 mod 10 = 1.
        Assert.Equal('1', LocalGovernmentCode.ComputeCheckDigit("00000"));
    }

    [Theory]
    [InlineData("011002", true)]
    [InlineData("011003", false)]
    [InlineData("01100", false)]
    [InlineData("01100a", false)]
    [InlineData("０１１００２", false)]
    [InlineData(null, false)]
    public void Validates_six_digit_codes(string? code, bool valid) => Assert.Equal(valid, LocalGovernmentCode.IsValid(code));

    [Theory]
    [InlineData("011002", "011002")]
    [InlineData(" 011002 ", "011002")]
    [InlineData("01100", "011002")]
    [InlineData("０１１００２", "011002")]
    [InlineData("１３１０１", "131016")]
    public void Normalizes_five_and_six_digit_codes(string input, string expected)
    {
        Assert.True(LocalGovernmentCode.TryNormalize(input, out var code, out var error), error);
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("011003", "Bad check digit in code '011003': the last digit should be 2 (011002).")]
    [InlineData("1100", "Malformed code '1100': expected 6 digits (or 5 digits without the check digit).")]
    [InlineData("01-1002", "Malformed code '01-1002': expected 6 digits (or 5 digits without the check digit).")]
    [InlineData("", "The code is empty.")]
    public void Explains_bad_codes(string input, string expected)
    {
        Assert.False(LocalGovernmentCode.TryNormalize(input, out _, out var error));
        Assert.Equal(expected, error);
    }
}
