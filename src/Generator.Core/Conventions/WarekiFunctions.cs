using System.Globalization;

namespace Generator.Conventions;

/// <summary>和暦 (Japanese era) dates from ISO dates, exact to the day at era boundaries, with 元年 for year 1.</summary>
public static class WarekiFunctions
{
    /// <summary>Full era date. <c>"2018-05-31"</c> → 「平成30年５月31日」; <c>"2019-05-01"</c> → 「令和元年５月１日」.</summary>
    public static string Wareki(object? date, string digits = "office")
    {
        var d = IsoDate.From(date);
        var style = Style(digits);
        return $"{WarekiYear(d, style)}{NumeralFunctions.Number(d.Month, style)}月{NumeralFunctions.Number(d.Day, style)}日";
    }

    /// <summary>Era and year. <c>"2017-05-12"</c> → 「平成29年」; <c>"1989-01-07"</c> → 「昭和64年」.</summary>
    public static string WarekiYear(object? date, string digits = "office") => WarekiYear(IsoDate.From(date), Style(digits));

    /// <summary>Era, year and month. <c>"2018-05-31"</c> → 「平成30年５月」.</summary>
    public static string WarekiYearMonth(object? date, string digits = "office")
    {
        var d = IsoDate.From(date);
        var style = Style(digits);
        return $"{WarekiYear(d, style)}{NumeralFunctions.Number(d.Month, style)}月";
    }

    /// <summary>The era's name. <c>"1989-01-08"</c> → 「平成」.</summary>
    public static string EraName(object? date) => JapaneseEra.Of(IsoDate.From(date)).Era.Name;

    /// <summary>Month and day without the year, as in 「本年５月31日」. <c>"2018-05-31"</c> → 「５月31日」.</summary>
    public static string MonthDay(object? date, string digits = "office")
    {
        var d = IsoDate.From(date);
        var style = Style(digits);
        return $"{NumeralFunctions.Number(d.Month, style)}月{NumeralFunctions.Number(d.Day, style)}日";
    }

    internal static string WarekiYear(DateOnly date, DigitStyle style)
    {
        var (era, year) = JapaneseEra.Of(date);
        var yearText = year == 1 ? "元" : NumeralFunctions.Number(year, style);
        return $"{era.Name}{yearText}年";
    }

    /// <summary>Reads a digit style name: office (default), half, full, kanji.</summary>
    internal static DigitStyle Style(string digits) => digits.ToLowerInvariant() switch
    {
        "office" or "" => DigitStyle.Office,
        "half" => DigitStyle.Half,
        "full" => DigitStyle.Full,
        "kanji" => DigitStyle.Kanji,
        _ => throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"unknown digit style '{digits}'; use office, half, full or kanji")),
    };
}
