using Generator.Conventions;

namespace Generator.Core.Tests.Conventions;

/// <summary>
/// Japan counted 明治 dates in the lunisolar calendar until 明治5年12月2日 and adopted the Gregorian calendar on 明治6年1月1日
/// (1873-01-01). A Gregorian date before that has no era date with the same month and day, so 和暦 refuses it.
/// </summary>
public sealed class GregorianCalendarStartTests
{
    [Theory]
    [InlineData("1872-12-31")] // would print 明治５年12月31日, a day that never was
    [InlineData("1868-01-25")] // 慶応4年1月1日 (lunisolar), not 明治元年1月25日
    [InlineData("1870-06-15")]
    public void Dates_before_1873_are_refused_with_the_reason(string iso)
    {
        var e = Assert.Throws<ArgumentException>(() => WarekiFunctions.Wareki(iso));
        Assert.Contains("1873-01-01", e.Message);
        Assert.Contains("lunisolar", e.Message);
        Assert.Throws<ArgumentException>(() => WarekiFunctions.WarekiYear(iso));
        Assert.Throws<ArgumentException>(() => WarekiFunctions.EraName(iso));
    }

    [Theory]
    [InlineData("1873-01-01", "明治６年１月１日")]
    [InlineData("1873-12-31", "明治６年12月31日")]
    public void From_1873_the_era_date_is_the_gregorian_date(string iso, string expected) =>
        Assert.Equal(expected, WarekiFunctions.Wareki(iso));
}
