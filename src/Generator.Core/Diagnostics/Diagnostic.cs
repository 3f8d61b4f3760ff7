namespace Generator.Diagnostics;

/// <summary>One problem found in an input, with its place (1-based line and column) and a hint on how to fix it.</summary>
/// <param name="File">The file (template path relative to <c>templates/</c>, data file, or recipient file).</param>
/// <param name="Line">1-based line (or row, for tabular data); 0 when unknown.</param>
/// <param name="Column">1-based column (or column number, for tabular data); 0 when unknown.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Hint">What to do about it; may be null.</param>
/// <param name="Recipient">The recipient being merged when the problem arose (code and name); null outside a merge.</param>
public sealed record Diagnostic(string File, int Line, int Column, string Message, string? Hint = null, string? Recipient = null)
{
    /// <summary>Formats as <c>file(line,col): error: message [recipient] — hint</c>, the form compilers use.</summary>
    public override string ToString() => Format("error");

    /// <summary>Formats as <c>file(line,col): severity: message [recipient] — hint</c>, e.g. with <c>warning</c> for a finding that does not stop the run.</summary>
    public string Format(string severity)
    {
        var place = Line > 0 ? (Column > 0 ? $"{File}({Line},{Column})" : $"{File}({Line})") : File;
        var who = Recipient is null ? "" : $" [recipient {Recipient}]";
        var hint = string.IsNullOrEmpty(Hint) ? "" : $" — {Hint}";
        return $"{place}: {severity}: {Message}{who}{hint}";
    }

    /// <summary>Returns a copy that names the recipient being merged.</summary>
    public Diagnostic ForRecipient(string? recipient) => recipient is null ? this : this with { Recipient = recipient };
}
