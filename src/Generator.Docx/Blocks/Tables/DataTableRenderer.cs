using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Docx.Styling;
using M = Generator.Model;

namespace Generator.Docx.Blocks;

/// <summary>表: a bordered Word table over the text width; the header row is shaded and repeats on every page.</summary>
internal static class DataTableRenderer
{
    /// <summary>Fill of header cells: light grey (黒 15%).</summary>
    public const string HeaderFill = "D9D9D9";

    public static Table Render(M.Table block, BlockRenderContext context)
    {
        var widths = ColumnWidths(block, context.Geometry.TextWidth);
        var table = TableFactory.Create(StyleIds.BorderedTable, widths, firstRowIsHeader: block.HasHeader);
        for (var r = 0; r < block.Rows.Length; r++)
        {
            var header = r == 0 && block.HasHeader;
            var row = new TableRow();
            if (header) row.Append(new TableRowProperties(new CantSplit(), new TableHeader()));
            var cells = block.Rows[r];
            for (var c = 0; c < cells.Length && c < widths.Length; c++)
            {
                var style = header ? StyleIds.TableHeading : StyleIds.TableText;
                row.Append(TableFactory.Cell(widths[c], [ParagraphFactory.Styled(style, cells[c])], header ? HeaderFill : null));
            }
            table.Append(row);
        }
        return table;
    }

    /// <summary>Relative widths spread over the text width (the last column takes the rounding rest); none given: equal.</summary>
    internal static int[] ColumnWidths(M.Table block, int textWidth)
    {
        var columns = block.ColumnCount;
        if (columns == 0) return [];
        var weights = block.ColumnWidths.IsDefaultOrEmpty || block.ColumnWidths.Length != columns
            ? Enumerable.Repeat(1, columns).ToArray()
            : block.ColumnWidths.ToArray();
        var total = (double)weights.Sum();
        var widths = weights.Select(w => (int)Math.Floor(textWidth * w / total)).ToArray();
        widths[^1] += textWidth - widths.Sum();
        return widths;
    }
}
