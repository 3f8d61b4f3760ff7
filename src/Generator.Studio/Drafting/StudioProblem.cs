using Generator.Diagnostics;

namespace Generator.Studio.Drafting;

/// <summary>A problem as the page shows it: beside its field, at its template line, or in the list.</summary>
/// <param name="Severity"><c>error</c> (blocks the preview or the send) or <c>warning</c> (a placeholder or unconfirmed fact).</param>
/// <param name="Field">The form field it belongs to (dotted key), if any.</param>
/// <param name="File">The file it is in (template path relative to templates/, notice.yaml, recipient file).</param>
/// <param name="Line">1-based line or row; 0 when unknown.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Hint">What to do.</param>
/// <param name="Recipient">The recipient it concerns, if any.</param>
public sealed record StudioProblem(string Severity, string? Field, string? File, int Line, int Column, string Message, string? Hint, string? Recipient = null)
{
    /// <summary>An error from a diagnostic, optionally tied to a field.</summary>
    public static StudioProblem From(Diagnostic d, string? field = null, string severity = "error") =>
        new(severity, field, d.File, d.Line, d.Column, d.Message, d.Hint, d.Recipient);

    /// <summary>Errors from every diagnostic.</summary>
    public static List<StudioProblem> From(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(d => From(d)).ToList();
}
