namespace Generator.Data;

/// <summary>Where a recipient came from: a file (or the built-in directory) and its 1-based row.</summary>
/// <param name="File">The recipient file as given, or <see cref="LocalGovernmentDirectory.SourceName"/>.</param>
/// <param name="Row">1-based row: for CSV/XLSX and the directory the spreadsheet row (header = row 1); for JSON/YAML the line where the record starts.</param>
public sealed record RecipientSource(string File, int Row)
{
    /// <summary>Formats as <c>file(row)</c>.</summary>
    public override string ToString() => $"{File}({Row})";
}

/// <summary>One addressee of a bulk mail merge: a local government (or a code-less body such as a 地方独立行政法人) and its template fields.</summary>
/// <param name="Code">Six-digit code with check digit; empty for a body without one.</param>
/// <param name="Name">Name of the body, e.g. 札幌市.</param>
/// <param name="Kind">Kind of body.</param>
/// <param name="HeadTitle">Title of the head, e.g. 市長 or 理事長.</param>
/// <param name="Prefecture">Prefecture name; may be empty for a code-less body.</param>
/// <param name="Fields">Every field, in a stable order: the directory fields first (always present, possibly empty), then the other known fields, then extra columns under their header names.</param>
/// <param name="Source">File and row the recipient came from.</param>
public sealed record Recipient(
    string Code,
    string Name,
    LocalGovernmentKind Kind,
    string HeadTitle,
    string Prefecture,
    IReadOnlyDictionary<string, string> Fields,
    RecipientSource Source)
{
    /// <summary>Short label for messages: <c>011002 札幌市</c>, or the name alone when there is no code.</summary>
    public string Label => Code.Length == 0 ? Name : $"{Code} {Name}";
}
