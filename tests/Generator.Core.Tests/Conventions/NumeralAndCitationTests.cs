using Generator.Conventions;

namespace Generator.Core.Tests.Conventions;

/// <summary>Numerals and citations as 公用文 writes them.</summary>
public sealed class NumeralAndCitationTests
{
    [Theory]
    [InlineData(0, "〇")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(105, "百五")]
    [InlineData(1000, "千")]
    [InlineData(10000, "一万")]
    [InlineData(12345, "一万二千三百四十五")]
    [InlineData(100000000, "一億")]
    [InlineData(210000000, "二億一千万")]
    [InlineData(11000, "一万千")]
    public void Kansuji(long n, string expected) => Assert.Equal(expected, NumeralFunctions.Kansuji(n));

    [Theory]
    [InlineData("第9条第1項", "第９条第１項")]
    [InlineData("平成 29 年", "平成 29 年")]
    [InlineData("５月３１日", "５月31日")]
    [InlineData("0531", "0531")]
    public void Office_digits(string input, string expected) => Assert.Equal(expected, NumeralFunctions.OfficeDigits(input));

    [Fact]
    public void Width_conversions_round_trip()
    {
        Assert.Equal("ＷＧ－Ｂ", NumeralFunctions.FullWidth("WG-B"));
        Assert.Equal("WG-B", NumeralFunctions.HalfWidth("ＷＧ－Ｂ"));
    }

    [Theory]
    [InlineData("2017-05-12", 28, "法律", "平成29年法律第28号")]
    [InlineData("2003-05-30", 59, "法律", "平成15年法律第59号")]
    [InlineData("2021-05-19", 37, "法律", "令和３年法律第37号")]
    [InlineData("2019-05-01", 1, "政令", "令和元年政令第１号")]
    public void Law_numbers(string promulgated, int number, string kind, string expected) =>
        Assert.Equal(expected, CitationFunctions.LawNumber(promulgated, number, kind));

    [Fact]
    public void Articles()
    {
        Assert.Equal("第９条第１項", CitationFunctions.Article(9, 1));
        Assert.Equal("第30条", CitationFunctions.Article("30"));
        Assert.Equal("第69条第２項第４号", CitationFunctions.Article(69, 2, 4));
        Assert.Equal("第252条の19第１項", CitationFunctions.Article("252の19", 1));
    }

    [Fact]
    public void Joint_notification_numbers_are_joined_with_nakaguro() =>
        Assert.Equal("府医第36号・30文科振第111号・医政発0531第25号・20180508商第１号",
            CitationFunctions.JoinNumbers(new List<object?> { "府医第36号", "30文科振第111号", "医政発0531第25号", "20180508商第１号" }));

    [Fact]
    public void Bad_numbers_are_errors() => Assert.Throws<ArgumentException>(() => CitationFunctions.LawNumber("2017-05-12", "二十八"));
}
