using Generator.Conventions;

namespace Generator.Studio.Drafting;

/// <summary>
/// A date as a person types it in the form — <c>2025-04-15</c>, <c>2025/4/15</c> or 和暦 <c>令和7年4月15日</c>
/// (full-width digits, 元年) — read by <see cref="DateText.TryRead"/>: the ISO form notice.yaml stores, the 和暦 shown
/// beside the field, and what is wrong in Japanese.
/// </summary>
internal static class DateInput
{
    /// <summary>The ISO date, or null with a message in Japanese when <paramref name="text"/> is not a date.</summary>
    public static string? ToIso(string text, out string problem)
    {
        problem = "";
        if (DateText.TryRead(text, out var date, out var why)) return DateText.Iso(date);
        problem = why switch
        {
            DateTextProblem.OutsideEra => $"「{text}」は{JapaneseEra.All.FirstOrDefault(e => text.Contains(e.Name, StringComparison.Ordinal))?.Name ?? "その元号"}の期間外です。",
            DateTextProblem.NoSuchDay => $"「{text}」という日付はありません。",
            _ => $"「{text}」は日付として読めません。2025-04-15 または 令和7年4月15日 の形で入力してください。",
        };
        return null;
    }

    /// <summary>The 和暦 of an ISO date, as the templates write it (e.g. 令和７年４月15日); empty when it is not one.</summary>
    public static string WarekiOf(string iso)
    {
        try { return WarekiFunctions.Wareki(iso); }
        catch (ArgumentException) { return ""; }
    }
}
