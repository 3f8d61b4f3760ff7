using Generator.Diagnostics;

namespace Generator.Conventions;

/// <summary>Reads the dates that functions receive: ISO strings from data (YAML gives every scalar as a string) or dates.</summary>
public static class IsoDate
{
    /// <summary>Converts <c>"2018-05-31"</c>, a <see cref="DateOnly"/> or a <see cref="DateTime"/> to a <see cref="DateOnly"/>.</summary>
    /// <exception cref="ArgumentException">The value is not an existing day written YYYY-MM-DD; the message says why
    /// (no such day, a 和暦 or slashed date and its ISO form) and the exception carries the value (<see cref="RejectedValue"/>).</exception>
    public static DateOnly From(object? value) => value switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        DateTimeOffset dto => DateOnly.FromDateTime(dto.DateTime),
        string s when DateText.TryParseIso(s, out var d, out _) => d,
        string s => throw Rejected(s, DateText.TryParseIso(s, out _, out var error) ? null : error),
        null => throw RejectedValue.Error("expected a date written YYYY-MM-DD (e.g. 2018-05-31), but the value is empty", value),
        _ => throw Rejected(value, null),
    };

    private static ArgumentException Rejected(object value, string? error) =>
        RejectedValue.Error(error ?? $"expected a date written YYYY-MM-DD (e.g. 2018-05-31), not '{value}'", value);
}
