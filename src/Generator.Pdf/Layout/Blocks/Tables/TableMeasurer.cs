using System.Collections.Immutable;
using Generator.Model;

namespace Generator.Pdf.Layout;

/// <summary>Measures a bordered table: cells wrap with the same line breaker; each table row is one unsplittable layout row.</summary>
internal sealed class TableMeasurer(BlockMeasurer owner)
{
    /// <summary>Measures <paramref name="table"/>; its header row (if any) is repeated on further pages.</summary>
    public MeasuredBlock Measure(Table table)
    {
        var columns = table.ColumnCount;
        if (columns == 0) return new MeasuredBlock(table, []);
        var weights = table.ColumnWidths.Length == columns ? table.ColumnWidths.Select(w => (double)w).ToArray() : Enumerable.Repeat(1.0, columns).ToArray();
        var total = weights.Sum();
        var edges = new double[columns + 1];
        edges[0] = owner.Left;
        for (var c = 0; c < columns; c++) edges[c + 1] = edges[c] + owner.Width * weights[c] / total;

        var padding = owner.Pitch / 2;
        var rows = ImmutableArray.CreateBuilder<LaidOutRow>(table.Rows.Length);
        for (var r = 0; r < table.Rows.Length; r++)
        {
            var lines = new List<LaidOutLine>();
            var lineCount = 1;
            var isHeader = r == 0 && table.HasHeader;
            // header cells are centred, as the DOCX's 表見出し style centres them (LibreOffice and Word)
            var align = isHeader ? LineAlign.Center : LineAlign.Justify;
            var cellLines = new List<LaidOutLine>[columns];
            for (var c = 0; c < columns; c++)
            {
                var cellWidth = edges[c + 1] - edges[c] - 2 * padding;
                cellLines[c] = owner.Lines(table.Rows[r][c], edges[c] + padding, cellWidth, 0, align, owner.Baseline);
                lineCount = Math.Max(lineCount, cellLines[c].Count);
            }
            // reading order: line by line across the cells, left to right
            for (var line = 0; line < lineCount; line++)
                for (var c = 0; c < columns; c++)
                    if (line < cellLines[c].Count && cellLines[c][line].Text.Length > 0) lines.Add(cellLines[c][line]);

            var height = lineCount * owner.LinePitch;
            var rules = new List<LaidOutRule> { new(edges[0], 0, edges[^1], 0), new(edges[0], height, edges[^1], height) };
            rules.AddRange(edges.Select(x => new LaidOutRule(x, 0, x, height)));
            ImmutableArray<LaidOutFill> fills = isHeader ? [new LaidOutFill(edges[0], 0, edges[^1] - edges[0], height)] : [];
            rows.Add(new LaidOutRow(height, [.. lines], [.. rules], fills));
        }
        var built = rows.MoveToImmutable();
        return new MeasuredBlock(table, built, RepeatedHeader: table.HasHeader ? built[0] : null);
    }
}
