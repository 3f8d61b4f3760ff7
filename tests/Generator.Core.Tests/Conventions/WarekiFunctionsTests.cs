using Generator.Conventions;

namespace Generator.Core.Tests.Conventions;

/// <summary>和暦: era boundaries to the day, 元年, digit styles, malformed dates.</summary>
public sealed class WarekiFunctionsTests
{
    [Theory]
    [InlineData("1873-01-01", "明治６年１月１日")] // the first Gregorian day; 1868-01-25 … 1872-12-31 are refused (GregorianCalendarStartTests)
    [InlineData("1912-07-29", "明治45年７月29日")]
    [InlineData("1912-07-30", "大正元年７月30日")]
    [InlineData("1926-12-24", "大正15年12月24日")]
    [InlineData("1926-12-25", "昭和元年12月25日")]
    [InlineData("1989-01-07", "昭和64年１月７日")]
    [InlineData("1989-01-08", "平成元年１月８日")]
    [InlineData("2019-04-30", "平成31年４月30日")]
    [InlineData("2019-05-01", "令和元年５月１日")]
    [InlineData("2018-05-31", "平成30年５月31日")]
    [InlineData("2026-11-24", "令和８年11月24日")]
    public void Era_boundaries_are_exact_to_the_day(string iso, string expected) =>
        Assert.Equal(expected, WarekiFunctions.Wareki(iso));

    [Theory]
    [InlineData("half", "平成30年5月31日")]
    [InlineData("full", "平成３０年５月３１日")]
    [InlineData("kanji", "平成三十年五月三十一日")]
    [InlineData("office", "平成30年５月31日")]
    public void Digit_styles(string style, string expected) => Assert.Equal(expected, WarekiFunctions.Wareki("2018-05-31", style));

    [Fact]
    public void First_year_is_gannen_in_every_style() => Assert.Equal("令和元年五月一日", WarekiFunctions.Wareki("2019-05-01", "kanji"));

    [Theory]
    [InlineData("2018-13-01")]
    [InlineData("2018/05/31")]
    [InlineData("平成30年5月31日")]
    [InlineData("")]
    [InlineData(null)]
    public void Malformed_dates_are_errors_that_show_the_value(string? value)
    {
        var e = Assert.Throws<ArgumentException>(() => WarekiFunctions.Wareki(value));
        Assert.Contains("YYYY-MM-DD", e.Message);
        if (!string.IsNullOrEmpty(value)) Assert.Contains(value, e.Message);
    }

    [Fact]
    public void Before_meiji_is_an_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WarekiFunctions.Wareki("1868-01-24"));

    [Fact]
    public void Dates_as_typed_values_are_accepted()
    {
        Assert.Equal("平成30年", WarekiFunctions.WarekiYear(new DateOnly(2018, 5, 31)));
        Assert.Equal("平成30年", WarekiFunctions.WarekiYear(new DateTime(2018, 5, 31)));
    }
}
