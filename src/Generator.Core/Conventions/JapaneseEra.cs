namespace Generator.Conventions;

/// <summary>A Japanese era (元号) and the Gregorian day it began; our own table, exact to the day (see docs/conventions.md).</summary>
/// <param name="Name">The era name, e.g. 平成.</param>
/// <param name="FirstDay">The first day of the era in the Gregorian calendar.</param>
public sealed record JapaneseEra(string Name, DateOnly FirstDay)
{
    /// <summary>The eras from 明治, oldest first. 明治 starts on 1868-01-25 (慶応4年1月1日, applied retroactively).</summary>
    public static IReadOnlyList<JapaneseEra> All { get; } =
    [
        new("明治", new DateOnly(1868, 1, 25)),
        new("大正", new DateOnly(1912, 7, 30)),
        new("昭和", new DateOnly(1926, 12, 25)),
        new("平成", new DateOnly(1989, 1, 8)),
        new("令和", new DateOnly(2019, 5, 1)),
    ];

    /// <summary>The first day of the Gregorian calendar in Japan: 明治6年1月1日, the day after 明治5年12月2日 (lunisolar).</summary>
    public static DateOnly GregorianFrom { get; } = new(1873, 1, 1);

    /// <summary>The era of <paramref name="date"/> and the year within it (1 = 元年). Example: 2019-04-30 → (平成, 31).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 明治 (1868-01-25).</exception>
    /// <exception cref="ArgumentException">The date is in 明治 but before 1873-01-01: Japan then counted years, months and
    /// days by the lunisolar calendar, so a Gregorian date has no era date with the same month and day.</exception>
    public static (JapaneseEra Era, int Year) Of(DateOnly date)
    {
        if (date >= All[0].FirstDay && date < GregorianFrom)
            throw new ArgumentException($"{date:yyyy-MM-dd} is before 1873-01-01 (明治6年1月1日), when Japan adopted the Gregorian calendar; " +
                "earlier dates were counted in the lunisolar calendar (明治5年12月2日 was followed by 明治6年1月1日), so no era date can be written for it; write the lunisolar date by hand");
        for (var i = All.Count - 1; i >= 0; i--)
        {
            var era = All[i];
            if (date >= era.FirstDay) return (era, date.Year - era.FirstDay.Year + 1);
        }
        throw new ArgumentOutOfRangeException(nameof(date), $"{date:yyyy-MM-dd} is before 明治 (1868-01-25); no era date can be written.");
    }
}
