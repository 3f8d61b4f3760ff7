using Generator.Conventions;
using Generator.Diagnostics;

namespace Generator.Core.Tests.Conventions;

/// <summary>Dates written in data: ISO, 和暦 within its era, and why other text is refused.</summary>
public sealed class DateTextTests
{
    [Theory]
    [InlineData("2018-05-31", "2018-05-31")]
    [InlineData("令和7年4月15日", "2025-04-15")]
    [InlineData("令和元年5月1日", "2019-05-01")]
    [InlineData("令和１年５月１日", "2019-05-01")]
    [InlineData("平成31年4月30日", "2019-04-30")]
    [InlineData("昭和64年1月7日", "1989-01-07")]
    [InlineData("平成元年1月8日", "1989-01-08")]
    [InlineData("明治元年1月25日", "1868-01-25")]
    [InlineData("R7.4.15", "2025-04-15")]
    [InlineData("H30.7.10", "2018-07-10")]
    [InlineData("h30.7.10", "2018-07-10")]
    public void Accepts_iso_and_wareki(string text, string iso)
    {
        Assert.True(DateText.TryParse(text, out var date, out var error), error);
        Assert.Equal(iso, DateText.Iso(date));
    }

    [Theory]
    [InlineData("2019-02-30", "no such day")]
    [InlineData("2018-13-01", "no month 13")]
    [InlineData("2018/07/10", "write 2018-07-10")]
    [InlineData("2018-7-10", "write 2018-07-10")]
    [InlineData("平成32年4月1日", "after 平成 ended on 2019-04-30")]
    [InlineData("令和元年4月30日", "before 令和 began on 2019-05-01")]
    [InlineData("昭和64年1月8日", "after 昭和 ended on 1989-01-07")]
    [InlineData("令和5年2月29日", "has no 2月29日")]
    [InlineData("令和0年5月1日", "元年")]
    [InlineData("来月", "YYYY-MM-DD")]
    public void Refuses_with_the_reason(string text, string reason)
    {
        Assert.False(DateText.TryParse(text, out _, out var error));
        Assert.Contains(reason, error);
        Assert.Contains(text, error);
    }

    [Fact]
    public void Functions_take_iso_only_and_name_the_iso_form_of_a_wareki_date()
    {
        var e = Assert.Throws<ArgumentException>(() => IsoDate.From("令和6年6月1日"));
        Assert.Contains("write 2024-06-01", e.Message);
        Assert.True(RejectedValue.TryGet(e, out var value));
        Assert.Equal("令和6年6月1日", value);
    }

    [Theory]
    [InlineData("2025-04-15", "2025-04-15")]
    [InlineData("2025/4/15", "2025-04-15")]
    [InlineData("２０２５年４月１５日", "2025-04-15")]
    [InlineData(" 令和 7 年 4 月 15 日 ", "2025-04-15")]
    [InlineData("令和元年5月1日", "2019-05-01")]
    [InlineData("H30.7.10", "2018-07-10")]
    public void Reads_a_date_as_typed_in_a_form(string typed, string iso)
    {
        Assert.True(DateText.TryRead(typed, out var date, out var problem));
        Assert.Equal(iso, DateText.Iso(date));
        Assert.Equal(DateTextProblem.None, problem);
    }

    [Theory]
    [InlineData("来週", DateTextProblem.NotADate)]
    [InlineData("2025-13-01", DateTextProblem.NoSuchDay)]
    [InlineData("2025/2/29", DateTextProblem.NoSuchDay)]
    [InlineData("令和0年5月1日", DateTextProblem.NoSuchDay)]
    [InlineData("平成32年1月1日", DateTextProblem.OutsideEra)]
    [InlineData("令和元年4月30日", DateTextProblem.OutsideEra)]
    public void Says_why_typed_text_is_not_a_date(string typed, DateTextProblem expected)
    {
        Assert.False(DateText.TryRead(typed, out _, out var problem));
        Assert.Equal(expected, problem);
    }
}
