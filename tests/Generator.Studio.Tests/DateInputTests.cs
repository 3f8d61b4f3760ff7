using Generator.Studio.Drafting;

namespace Generator.Studio.Tests;

/// <summary>Dates as a person types them in the form: ISO, slashes, 和暦 with 元年 and full-width digits.</summary>
public sealed class DateInputTests
{
    [Theory]
    [InlineData("2025-04-15", "2025-04-15")]
    [InlineData("2025/4/15", "2025-04-15")]
    [InlineData("令和7年4月15日", "2025-04-15")]
    [InlineData("令和７年４月１５日", "2025-04-15")]
    [InlineData("令和元年5月1日", "2019-05-01")]
    [InlineData("平成31年4月30日", "2019-04-30")]
    [InlineData(" 平成 30 年 7 月 10 日 ", "2018-07-10")]
    public void Reads_the_date(string typed, string iso) => Assert.Equal(iso, DateInput.ToIso(typed, out _));

    [Theory]
    [InlineData("令和7年2月30日", "ありません")]
    [InlineData("平成32年1月1日", "期間外")]
    [InlineData("令和元年4月30日", "期間外")]
    [InlineData("来週", "読めません")]
    [InlineData("2025-13-01", "ありません")]
    public void Says_what_is_wrong(string typed, string problem)
    {
        Assert.Null(DateInput.ToIso(typed, out var message));
        Assert.Contains(problem, message);
    }
}
