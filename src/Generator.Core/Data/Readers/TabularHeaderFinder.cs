using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>Where the header of a CSV/XLSX file is: a forced spreadsheet row (<c>--header-row</c>) or null to find it,
/// and where to say where it was found.</summary>
/// <param name="Row">1-based spreadsheet row of the header, or null.</param>
/// <param name="Notes">Receives the note when title rows above the header were skipped.</param>
public sealed record TabularHeader(int? Row, List<string> Notes);

/// <summary>
/// Finds the header row (見出し行) of a recipient list as offices keep it: a title row or two (「令和6年度 送付先一覧」)
/// may stand above the column headers. The header is the first of the first <see cref="SearchedRows"/> non-empty rows
/// with a code or name column (コード, 団体名…, <see cref="RecipientFieldNames"/>); when none has, the first row (whose
/// error then says what is missing).
/// </summary>
internal static class TabularHeaderFinder
{
    /// <summary>How many non-empty rows from the top may hold the header.</summary>
    public const int SearchedRows = 10;

    /// <summary>The index in <paramref name="rows"/> (the non-empty rows) of the header row, or null with a diagnostic when the forced row is empty.</summary>
    public static int? Find(string file, IReadOnlyList<TabularRow> rows, TabularHeader where, List<Diagnostic> diagnostics)
    {
        if (where.Row is { } forced)
        {
            for (var i = 0; i < rows.Count; i++)
                if (rows[i].Row == forced) return i;
            diagnostics.Add(new Diagnostic(file, forced, 0, $"Row {forced}, given as the header row with --header-row, is empty or past the end of the list (last row {rows[^1].Row}).",
                "Give the row number Excel shows left of the column headers (団体名, コード…), or leave --header-row out to find it."));
            return null;
        }
        for (var i = 0; i < Math.Min(rows.Count, SearchedRows); i++)
        {
            if (!rows[i].Cells.Any(IsKeyColumn)) continue;
            if (i > 0)
                where.Notes.Add($"{file}: note: column headers found on row {rows[i].Row}; {(i == 1 ? "row" : "rows")} {RowList(rows, i)} above it {(i == 1 ? "was" : "were")} skipped as titles; choose the header row with --header-row.");
            return i;
        }
        return 0;
    }

    private static bool IsKeyColumn(TabularCell cell) =>
        cell.Value.Trim().Length > 0 && RecipientFieldNames.FromHeader(cell.Value) is RecipientFieldNames.Code or RecipientFieldNames.Name;

    private static string RowList(IReadOnlyList<TabularRow> rows, int count) => string.Join(", ", rows.Take(count).Select(r => r.Row));
}
