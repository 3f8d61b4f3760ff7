using System.Globalization;

namespace Generator.Conventions;

/// <summary>Reads the dates that functions receive: ISO strings from data (YAML gives every scalar as a string) or dates.</summary>
public static class IsoDate
{
    /// <summary>Converts <c>"2018-05-31"</c>, a <see cref="DateOnly"/> or a <see cref="DateTime"/> to a <see cref="DateOnly"/>.</summary>
    /// <exception cref="ArgumentException">The value is not a date written YYYY-MM-DD.</exception>
    public static DateOnly From(object? value) => value switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        DateTimeOffset dto => DateOnly.FromDateTime(dto.DateTime),
        string s when DateOnly.TryParseExact(s.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        null => throw new ArgumentException("expected a date written YYYY-MM-DD (e.g. 2018-05-31), but the value is empty"),
        _ => throw new ArgumentException($"expected a date written YYYY-MM-DD (e.g. 2018-05-31), not '{value}'"),
    };
}
