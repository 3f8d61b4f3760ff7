using System.Globalization;
using System.Text.RegularExpressions;

namespace Generator.Conventions;

/// <summary>Reads a date written in data: ISO <c>2018-05-31</c>, or a 和暦 date (<c>令和7年4月15日</c>, <c>令和元年5月1日</c>,
/// <c>R7.4.15</c>, <c>H30.7.10</c>) checked against the era table; explains why other text is not a date.</summary>
public static partial class DateText
{
    private static readonly string[] EraLetters = ["M", "T", "S", "H", "R"]; // 明治 大正 昭和 平成 令和, the order of JapaneseEra.All

    /// <summary>Parses an ISO date (YYYY-MM-DD, an existing day).</summary>
    /// <param name="text">The value from the data.</param>
    /// <param name="date">The day, when the text is one.</param>
    /// <param name="error">Why the text is not an ISO date, with the ISO form to write where one can be computed.</param>
    public static bool TryParseIso(string text, out DateOnly date, out string? error)
    {
        text = text.Trim();
        error = null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        if (IsoShape().Match(text) is { Success: true } iso)
        {
            int year = Number(iso.Groups[1].Value), month = Number(iso.Groups[2].Value), day = Number(iso.Groups[3].Value);
            error = TryDay(year, month, day, out var padded) ? $"'{text}' is not written YYYY-MM-DD; write {Iso(padded)}" : NoSuchDay(year, month, day, text);
            return false;
        }
        if (GregorianOtherShape().Match(text) is { Success: true } other
            && TryDay(Number(other.Groups[1].Value), Number(other.Groups[2].Value), Number(other.Groups[3].Value), out var written))
        {
            error = $"'{text}' is not written YYYY-MM-DD; write {Iso(written)}";
            return false;
        }
        if (TryParseWareki(text, out var wareki, out var warekiError))
        {
            error = $"'{text}' is a 和暦 date, but a date written YYYY-MM-DD is expected here; write {Iso(wareki)}";
            return false;
        }
        error = warekiError ?? $"expected a date written YYYY-MM-DD (e.g. 2018-05-31), not '{text}'";
        return false;
    }

    /// <summary>Parses an ISO date or a 和暦 date; the 和暦 year must lie within its era (令和元年 starts on 5月1日, 平成 ends in 31年).</summary>
    /// <param name="text">The value from the data.</param>
    /// <param name="date">The day, when the text is one.</param>
    /// <param name="error">Why the text is not a date: no such day, outside the era, or not a date at all.</param>
    public static bool TryParse(string text, out DateOnly date, out string? error)
    {
        if (TryParseIso(text, out date, out error)) return true;
        var isoError = error;
        if (TryParseWareki(text.Trim(), out date, out var warekiError))
        {
            error = null;
            return true;
        }
        error = warekiError ?? isoError;
        return false;
    }

    /// <summary>Reads a date as a person types it in a form: ISO, another Gregorian shape (<c>2025/4/15</c>,
    /// <c>2025年4月15日</c>) or 和暦 (<c>令和7年4月15日</c>, <c>令和元年5月1日</c>, <c>R7.4.15</c>), with half- or full-width
    /// digits and blanks around; <paramref name="problem"/> says why other text is not a date.</summary>
    /// <param name="text">What was typed.</param>
    /// <param name="date">The day, when the text is one.</param>
    /// <param name="problem">Why the text is not a date (<see cref="DateTextProblem.None"/> when it is).</param>
    public static bool TryRead(string text, out DateOnly date, out DateTextProblem problem)
    {
        var typed = text.Normalize(System.Text.NormalizationForm.FormKC).Trim();
        if (TypedGregorian().Match(typed) is { Success: true } gregorian)
        {
            var ok = TryDay(Number(gregorian.Groups[1].Value), Number(gregorian.Groups[2].Value), Number(gregorian.Groups[3].Value), out date);
            problem = ok ? DateTextProblem.None : DateTextProblem.NoSuchDay;
            return ok;
        }
        return TryParseWareki(typed, out date, out _, out problem);
    }

    /// <summary>The ISO form, e.g. <c>2025-04-15</c>.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Parses 「令和7年4月15日」 or 「R7.4.15」. Returns false with <paramref name="error"/> null when the text is not shaped like a 和暦 date.</summary>
    private static bool TryParseWareki(string text, out DateOnly date, out string? error) => TryParseWareki(text, out date, out error, out _);

    private static bool TryParseWareki(string text, out DateOnly date, out string? error, out DateTextProblem problem)
    {
        date = default;
        error = null;
        problem = DateTextProblem.NotADate;
        string eraName;
        int year;
        Match match;
        if ((match = KanjiWareki().Match(text)).Success)
        {
            eraName = match.Groups[1].Value;
            year = match.Groups[2].Value == "元" ? 1 : Number(match.Groups[2].Value);
        }
        else if ((match = LetterWareki().Match(text)).Success)
        {
            eraName = JapaneseEra.All[Array.IndexOf(EraLetters, match.Groups[1].Value.ToUpperInvariant())].Name;
            year = Number(match.Groups[2].Value);
        }
        else return false;

        var month = Number(match.Groups[3].Value);
        var day = Number(match.Groups[4].Value);
        var index = JapaneseEra.All.ToList().FindIndex(e => e.Name == eraName);
        var era = JapaneseEra.All[index];
        var next = index + 1 < JapaneseEra.All.Count ? JapaneseEra.All[index + 1] : null;
        var gregorianYear = era.FirstDay.Year + year - 1;
        var yearText = year == 1 ? "元" : year.ToString(CultureInfo.InvariantCulture);
        if (year < 1)
        {
            error = $"'{text}': {eraName}{year}年 does not exist; the first year of an era is 元年 (1)";
            problem = DateTextProblem.NoSuchDay;
            return false;
        }
        if (!TryDay(gregorianYear, month, day, out date))
        {
            error = $"'{text}' is not a date: {eraName}{yearText}年 ({gregorianYear}) has no {month}月{day}日";
            problem = DateTextProblem.NoSuchDay;
            return false;
        }
        if (date < era.FirstDay)
        {
            error = $"'{text}' is before {eraName} began on {Iso(era.FirstDay)}; that day is {WarekiFunctions.Wareki(Iso(date), "half")}";
            problem = DateTextProblem.OutsideEra;
            return false;
        }
        if (next is not null && date >= next.FirstDay)
        {
            var last = next.FirstDay.AddDays(-1);
            error = $"'{text}' is after {eraName} ended on {Iso(last)} ({WarekiFunctions.Wareki(Iso(last), "half")}); that day is {WarekiFunctions.Wareki(Iso(date), "half")}";
            problem = DateTextProblem.OutsideEra;
            return false;
        }
        problem = DateTextProblem.None;
        return true;
    }

    private static string NoSuchDay(int year, int month, int day, string text) =>
        month is < 1 or > 12
            ? $"'{text}' is not a date (YYYY-MM-DD): there is no month {month}"
            : $"'{text}' is not a date (YYYY-MM-DD): {year}-{month:00} has no day {day} (no such day)";

    private static bool TryDay(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Reads half- or full-width digits.</summary>
    private static int Number(string digits)
    {
        var value = 0;
        foreach (var c in digits) value = value * 10 + (c is >= '０' and <= '９' ? c - '０' : c - '0');
        return value;
    }

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")]
    private static partial Regex IsoShape();

    [GeneratedRegex(@"^([0-9]{4})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})\s*日?$")]
    private static partial Regex TypedGregorian();

    [GeneratedRegex(@"^([0-9０-９]{4})\s*[/.年／]\s*([0-9０-９]{1,2})\s*[/.月／]\s*([0-9０-９]{1,2})日?$")]
    private static partial Regex GregorianOtherShape();

    [GeneratedRegex(@"^(明治|大正|昭和|平成|令和)\s*(元|[0-9０-９]{1,2})\s*年\s*([0-9０-９]{1,2})\s*月\s*([0-9０-９]{1,2})\s*日$")]
    private static partial Regex KanjiWareki();

    [GeneratedRegex(@"^([MTSHRmtshr])\s*([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{1,2})$")]
    private static partial Regex LetterWareki();
}

/// <summary>Why a typed text is not a date (<see cref="DateText.TryRead"/>).</summary>
public enum DateTextProblem
{
    /// <summary>It is a date.</summary>
    None,

    /// <summary>It is not shaped like a date at all (「来週」).</summary>
    NotADate,

    /// <summary>It is shaped like a date but no such day exists (2月30日, month 13, 令和0年).</summary>
    NoSuchDay,

    /// <summary>A 和暦 day outside its era (平成32年, 令和元年4月30日).</summary>
    OutsideEra,
}
