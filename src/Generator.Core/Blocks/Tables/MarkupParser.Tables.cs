using System.Collections.Immutable;
using System.Globalization;
using Generator.Diagnostics;
using Generator.Model;

namespace Generator.Markup;

/// <summary>Tables: <c>@table</c> column widths and <c>| a | b |</c> rows, with an optional <c>|---|</c> header rule.</summary>
public sealed partial class MarkupParser
{
    private List<ImmutableArray<string>>? tableRows;
    private int tableLine;
    private bool tableHasHeader;
    private ImmutableArray<int> nextTableWidths = ImmutableArray<int>.Empty;

    private void ParseTableDirective(MarkupLine line, string argument, int column)
    {
        FlushTable();
        if (argument.Length == 0)
        {
            nextTableWidths = ImmutableArray<int>.Empty;
            return;
        }
        var widths = ImmutableArray.CreateBuilder<int>();
        foreach (var part in argument.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var w) || w <= 0)
            {
                Report(line, column + 2, $"@table widths must be positive whole numbers separated by commas, not '{argument}'.", "Example: @table 30,70");
                return;
            }
            widths.Add(w);
        }
        nextTableWidths = widths.ToImmutable();
    }

    private void ParseTableRow(MarkupLine line)
    {
        var text = line.Text.TrimEnd(' ', '\t', '\u3000');
        var parts = line.SplitUnescaped('|', 1).ToList();
        // a row written "| a | b |" ends with an empty part after the last bar
        if (parts.Count > 1 && parts[^1].Part.Trim().Length == 0 && text.EndsWith('|')) parts.RemoveAt(parts.Count - 1);
        var cells = parts.Select(p => p.Part.Trim(' ', '\t', '\u3000')).ToImmutableArray();

        if (tableRows is null)
        {
            tableRows = [];
            tableLine = line.Number;
            tableHasHeader = false;
        }
        if (cells.All(IsHeaderRule))
        {
            if (tableRows.Count == 1 && !tableHasHeader) tableHasHeader = true;
            else Report(line, 1, "A |---| rule may only follow the first row of a table (it marks that row as the header).", "Remove this rule or move it under the header row.");
            return;
        }
        if (tableRows.Count > 0 && cells.Length != tableRows[0].Length)
        {
            Report(line, 1, $"This table row has {cells.Length} cells but the table's first row has {tableRows[0].Length}.",
                "Give every row the same number of cells; write \\| for a bar inside a cell.");
            return;
        }
        tableRows.Add(cells);
    }

    private static bool IsHeaderRule(string cell) =>
        cell.Length > 0 && cell.Trim(':').Length > 0 && cell.Trim(':').All(c => c == '-');

    private void FlushTable()
    {
        if (tableRows is null) return;
        var columns = tableRows.Count > 0 ? tableRows[0].Length : 0;
        var widths = nextTableWidths;
        if (!widths.IsEmpty && widths.Length != columns)
        {
            diagnostics.Add(new Diagnostic(sourceName, tableLine, 1,
                $"@table gives {widths.Length} widths but the table has {columns} columns.", "Give one width per column."));
            widths = ImmutableArray<int>.Empty;
        }
        if (tableRows.Count > 0)
            blocks.Add(new Table([.. tableRows], widths, tableHasHeader, new SourcePosition(tableLine)));
        tableRows = null;
        nextTableWidths = ImmutableArray<int>.Empty;
    }
}
