using System.Collections.Immutable;
using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>One cell of a CSV or XLSX row: 1-based column number, text, whether it was a numeric cell, and why its value
/// cannot be used (an XLSX error value, a formula without a saved value, a merged range), reported when the column is read.</summary>
public readonly record struct TabularCell(int Column, string Value, bool IsNumber = false, TabularCellProblem? Problem = null);

/// <summary>Why a cell's value cannot be used; <paramref name="LastColumn"/> is the last column a merged range covers (0: the cell's own).</summary>
public sealed record TabularCellProblem(string Message, string Hint, int LastColumn = 0);

/// <summary>One CSV or XLSX row with its 1-based row number as a spreadsheet shows it.</summary>
public sealed record TabularRow(int Row, IReadOnlyList<TabularCell> Cells);

/// <summary>Turns spreadsheet rows (the header row found by <see cref="TabularHeaderFinder"/>, the rows below it =
/// recipients) into <see cref="RawRecipientRecord"/>s, checking the header.</summary>
/// <remarks>Public, with <see cref="TabularRow"/>, <see cref="TabularCell"/>, <see cref="TabularCellProblem"/> and
/// <see cref="TabularHeader"/>, for readers in other assemblies (Generator.Data.Xlsx): a reader turns its file into rows
/// and leaves the header search, field names and checks to this class, as the CSV reader does.</remarks>
public static class TabularRecordBuilder
{
    /// <summary>Builds records; problems with the header or stray values are added to <paramref name="diagnostics"/>.</summary>
    public static List<RawRecipientRecord> Build(string file, IEnumerable<TabularRow> rows, TabularHeader where, List<Diagnostic> diagnostics)
    {
        var records = new List<RawRecipientRecord>();
        var nonEmpty = rows.Where(r => r.Cells.Any(c => c.Value.Trim().Length > 0 || c.Problem is not null)).ToList();
        if (nonEmpty.Count == 0)
        {
            diagnostics.Add(new Diagnostic(file, 0, 0, "The file is empty: no header row and no recipients.",
                "Put a header row (e.g. code,name,department) and one row per recipient."));
            return records;
        }
        if (TabularHeaderFinder.Find(file, nonEmpty, where, diagnostics) is not { } start) return records;
        nonEmpty = nonEmpty[start..]; // title rows above the header are not recipients
        var header = nonEmpty[0];
        var (fields, repeated) = MapHeader(file, header, diagnostics);
        if (!fields.ContainsValue(RecipientFieldNames.Code) && !fields.ContainsValue(RecipientFieldNames.Name))
        {
            diagnostics.Add(new Diagnostic(file, header.Row, 0, "The header row has neither a code column nor a name column.",
                "Name a column 'code' (コード, 団体コード) or 'name' (団体名); see docs/recipients.md."));
            return records;
        }
        if (nonEmpty.Count == 1)
            diagnostics.Add(new Diagnostic(file, header.Row, 0, "The file has a header row but no recipients.", "Add one row per recipient."));
        var headerColumns = fields.ToDictionary(p => p.Value, p => p.Key);
        foreach (var row in nonEmpty)
            foreach (var cell in row.Cells)
                if (cell.Problem is { } problem && Enumerable.Range(cell.Column, Math.Max(1, problem.LastColumn - cell.Column + 1)).Any(fields.ContainsKey))
                    diagnostics.Add(new Diagnostic(file, row.Row, cell.Column, problem.Message, problem.Hint));
        foreach (var row in nonEmpty.Skip(1))
        {
            var cells = ImmutableArray.CreateBuilder<RawRecipientCell>();
            foreach (var cell in row.Cells)
            {
                var value = cell.Value.Trim();
                if (fields.TryGetValue(cell.Column, out var field))
                    cells.Add(new RawRecipientCell(field, value, row.Row, cell.Column, cell.IsNumber));
                else if (value.Length > 0 && !repeated.Contains(cell.Column))
                    diagnostics.Add(new Diagnostic(file, row.Row, cell.Column, $"The value '{value}' stands in a column without a header.",
                        "Give the column a header, or delete the value."));
            }
            records.Add(new RawRecipientRecord(row.Row, cells.ToImmutable(), headerColumns));
        }
        return records;
    }

    private static (Dictionary<int, string> Fields, HashSet<int> Repeated) MapHeader(string file, TabularRow header, List<Diagnostic> diagnostics)
    {
        var fields = new Dictionary<int, string>();
        var repeated = new HashSet<int>();
        var seen = new Dictionary<string, (int Column, string Header)>(StringComparer.Ordinal);
        foreach (var cell in header.Cells)
        {
            var text = cell.Value.Trim();
            if (text.Length == 0) continue;
            var field = RecipientFieldNames.FromHeader(text);
            if (seen.TryGetValue(field, out var first))
            {
                diagnostics.Add(new Diagnostic(file, header.Row, cell.Column,
                    $"Column '{text}' repeats column {first.Column} ('{first.Header}'), both mean '{field}'.", "Delete or rename one of the two columns."));
                repeated.Add(cell.Column);
                continue;
            }
            seen[field] = (cell.Column, text);
            fields[cell.Column] = field;
        }
        return (fields, repeated);
    }
}
