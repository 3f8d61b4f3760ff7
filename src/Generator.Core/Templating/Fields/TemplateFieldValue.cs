using System.Globalization;

namespace Generator.Templating;

/// <summary>Checks one scalar value (as YAML gives it: a string) against a field's type.</summary>
internal static class TemplateFieldValue
{
    /// <summary>What is wrong with <paramref name="text"/> for <paramref name="type"/>, as the end of a sentence ("must be …"); null when it fits.</summary>
    public static string? ProblemOf(TemplateFieldType type, string text, IReadOnlyList<string> choices) => type switch
    {
        TemplateFieldType.Text when text.Contains('\n') => "must be one line of text",
        TemplateFieldType.Date when !DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) =>
            $"must be a date written YYYY-MM-DD (e.g. 2023-04-01), not '{text}'",
        TemplateFieldType.Integer when !IsInteger(text) => $"must be a whole number written in digits (e.g. 28), not '{text}'",
        TemplateFieldType.Choice when !choices.Contains(text) => $"must be one of: {string.Join(", ", choices)}; not '{text}'",
        TemplateFieldType.List => "must be a list (one '- item' per line)",
        _ => null,
    };

    private static bool IsInteger(string text) =>
        text.Trim().Length > 0 && int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
}
