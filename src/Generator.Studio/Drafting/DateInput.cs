using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Generator.Conventions;

namespace Generator.Studio.Drafting;

/// <summary>
/// Reads a date as a person types it in the form — <c>2025-04-15</c>, <c>2025/4/15</c> or 和暦 <c>令和7年4月15日</c>
/// (full-width digits, 元年) — and gives the ISO form notice.yaml stores and the 和暦 shown beside the field.
/// </summary>
internal static partial class DateInput
{
    /// <summary>The ISO date, or null with a message in Japanese when <paramref name="text"/> is not a date.</summary>
    public static string? ToIso(string text, out string problem)
    {
        problem = "";
        var t = text.Normalize(NormalizationForm.FormKC).Trim();
        var iso = Gregorian().Match(t);
        if (iso.Success)
        {
            if (TryDate(int.Parse(iso.Groups[1].Value, CultureInfo.InvariantCulture), iso.Groups[2].Value, iso.Groups[3].Value, out var d))
                return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            problem = $"「{text}」という日付はありません。";
            return null;
        }
        var wareki = Wareki().Match(t);
        if (wareki.Success)
        {
            var era = JapaneseEra.All.FirstOrDefault(e => e.Name == wareki.Groups[1].Value);
            var year = wareki.Groups[2].Value == "元" ? 1 : int.Parse(wareki.Groups[2].Value, CultureInfo.InvariantCulture);
            if (era is not null && year >= 1 && TryDate(era.FirstDay.Year + year - 1, wareki.Groups[3].Value, wareki.Groups[4].Value, out var d))
            {
                var next = JapaneseEra.All.SkipWhile(e => e != era).Skip(1).FirstOrDefault();
                if (d >= era.FirstDay && (next is null || d < next.FirstDay))
                    return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                problem = $"「{text}」は{era.Name}の期間外です。";
                return null;
            }
            problem = $"「{text}」という日付はありません。";
            return null;
        }
        problem = $"「{text}」は日付として読めません。2025-04-15 または 令和7年4月15日 の形で入力してください。";
        return null;
    }

    /// <summary>The 和暦 of an ISO date, as the templates write it (e.g. 令和７年４月15日); empty when it is not one.</summary>
    public static string WarekiOf(string iso)
    {
        try { return WarekiFunctions.Wareki(iso); }
        catch (ArgumentException) { return ""; }
    }

    private static bool TryDate(int year, string month, string day, out DateOnly date)
    {
        date = default;
        return int.TryParse(month, out var m) && int.TryParse(day, out var dd) && year is >= 1 and <= 9999 && m is >= 1 and <= 12
            && dd >= 1 && dd <= DateTime.DaysInMonth(year, m) && (date = new DateOnly(year, m, dd)) != default;
    }

    [GeneratedRegex(@"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")]
    private static partial Regex Gregorian();

    [GeneratedRegex(@"^(明治|大正|昭和|平成|令和)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")]
    private static partial Regex Wareki();
}
