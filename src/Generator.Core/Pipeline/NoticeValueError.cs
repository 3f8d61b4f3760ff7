using Generator.Diagnostics;

namespace Generator.Pipeline;

/// <summary>Re-points an error about a rejected value (a bad date given to a function, a list printed as text) from the
/// template line to the notice.yaml line that holds the value, naming the field and keeping the template place.</summary>
internal static class NoticeValueError
{
    public static bool TryRelocate(GeneratorException error, NoticeData notice, out IReadOnlyList<Diagnostic> relocated)
    {
        relocated = [];
        if (error.Diagnostics.Count != 1 || !RejectedValue.TryGet(error, out var value)) return false;
        var candidates = notice.FieldsWithValue(value).ToList();
        if (candidates.Count == 0) return false;
        var d = error.Diagnostics[0];
        // Of several fields with this value, the one the expression names (in 'notice.circular.date | wareki').
        var field = candidates.FirstOrDefault(c => d.Message.Contains($"notice.{c.Path}", StringComparison.Ordinal)) ?? candidates[0];
        var place = d.Line > 0 ? $"{d.File}({d.Line},{d.Column})" : d.File;
        var hint = value is string
            ? "Correct the value here: dates as YYYY-MM-DD (e.g. 2018-05-31), numbers as digits."
            : $"Print its items in the template ({{{{ for x in notice.{field.Path} }}}}) or one of its fields, or write the field here as one text value.";
        relocated = [new Diagnostic(notice.FileName, field.Line, field.Column, $"Field '{field.Path}': {d.Message}, used at {place}.", hint, d.Recipient)];
        return true;
    }
}
