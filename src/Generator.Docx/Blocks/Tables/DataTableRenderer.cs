using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Docx.Styling;
using M = Generator.Model;

namespace Generator.Docx.Blocks;

/// <summary>表: a bordered Word table over the text width; the header row is shaded and repeats on every page.</summary>
/// <remarks>LibreOffice adds a row's top line to its height and the table's bottom line to its last row: the 表本文 style
/// takes one line's width off each text line, and the last row's lines give up the bottom line's width too, so a row of
/// n lines is never taller than the PDF's n grid lines and both break a long table on the same row.</remarks>
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
                var paragraph = ParagraphFactory.Styled(style, cells[c]);
                if (r == block.Rows.Length - 1) paragraph.ParagraphProperties!.Append(LastRowLine(context));
                row.Append(TableFactory.Cell(widths[c], [paragraph], header ? HeaderFill : null));
            }
            table.Append(row);
        }
        return table;
    }

    /// <summary>The last row's exact line height: a grid line less the row's top line and the table's bottom line.</summary>
    private static SpacingBetweenLines LastRowLine(BlockRenderContext context) => new()
    {
        Line = (context.Geometry.LinePitch - 2 * TableStyleBuilder.BorderTwips).ToString(System.Globalization.CultureInfo.InvariantCulture),
        LineRule = LineSpacingRuleValues.Exact,
    };

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
