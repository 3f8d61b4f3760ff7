using System.Collections.Immutable;

namespace Generator.Data;

/// <summary>One value read from a recipient file, before validation: its field name and where it stands.</summary>
/// <param name="Field">Field name after header mapping (<see cref="RecipientFieldNames.FromHeader"/>).</param>
/// <param name="Value">The text, trimmed; never evaluated.</param>
/// <param name="Line">1-based row (tabular) or line (JSON/YAML).</param>
/// <param name="Column">1-based column number (tabular) or character column (JSON/YAML).</param>
/// <param name="IsNumber">True for a numeric XLSX cell or JSON number, whose leading zeros may have been lost.</param>
public sealed record RawRecipientCell(string Field, string Value, int Line, int Column, bool IsNumber = false);

/// <summary>One record (row or object) read from a recipient file, before validation.</summary>
/// <param name="Row">1-based row (tabular, header = 1) or line where the object starts (JSON/YAML).</param>
/// <param name="Cells">The values in source order.</param>
/// <param name="HeaderColumns">For tabular files, the column number of each field in the header; empty otherwise.</param>
public sealed record RawRecipientRecord(int Row, ImmutableArray<RawRecipientCell> Cells, IReadOnlyDictionary<string, int> HeaderColumns)
{
    /// <summary>The cell of a field, or null when the record has none.</summary>
    public RawRecipientCell? Find(string field) => Cells.FirstOrDefault(c => c.Field == field);

    /// <summary>Non-empty value of a field, or null.</summary>
    public string? Value(string field) => Find(field)?.Value is { Length: > 0 } v ? v : null;

    /// <summary>Line and column to report a problem with a field at: its cell, else its header column, else the record.</summary>
    public (int Line, int Column) Locate(string field) =>
        Find(field) is { } cell ? (cell.Line, cell.Column)
        : HeaderColumns.TryGetValue(field, out var column) ? (Row, column) : (Row, 0);
}
