using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Docx.Layout;
using Generator.Docx.Styling;
using Generator.Layout;
using M = Generator.Model;

namespace Generator.Docx.Blocks;

/// <summary>担当・連絡先: an empty line, then the lines in a one-cell bordered table set flush right, at least half the text width wide,
/// as tall as its lines (<see cref="GiveUpBorders"/>).</summary>
internal static class ContactBlockRenderer
{
    public static IEnumerable<OpenXmlElement> Render(M.ContactBlock block, BlockRenderContext context)
    {
        var geometry = context.Geometry;
        var longest = block.Lines.IsDefaultOrEmpty ? 0 : block.Lines.Max(GridWidth.Of);
        // two cells of slack: the box's left edge is off the grid, and LibreOffice starts the text on the next cell
        var content = geometry.Chars(Math.Ceiling(longest) + 2) + 2 * TableStyleBuilder.CellPadding;
        var width = Math.Clamp(content, geometry.TextWidth / 2, geometry.TextWidth);

        var paragraphs = block.Lines.Select(line => ParagraphFactory.Styled(StyleIds.ContactBlock, line)).ToList();
        GiveUpBorders(paragraphs, geometry.LinePitch);
        var table = TableFactory.Create(StyleIds.BorderedTable, [width], TableRowAlignmentValues.Right);
        table.Append(new TableRow(new TableRowProperties(new CantSplit()), TableFactory.Cell(width, paragraphs)));
        // the space before comes from the shared spacing table (a table has no paragraph spacing of its own)
        return [.. ParagraphFactory.Spacers(BlockSpacing.Of(block).BeforeLines), table];
    }

    /// <summary>LibreOffice adds the box's top and bottom lines (½ pt each) to its row: the first line gives up the top
    /// line's width and the last the bottom line's, so the box is as tall as its lines, as in the PDF (whose rules lie
    /// inside the row), and fits the same lines of a page.</summary>
    private static void GiveUpBorders(List<Paragraph> paragraphs, int linePitch)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var borders = (i == 0 ? 1 : 0) + (i == paragraphs.Count - 1 ? 1 : 0);
            if (borders == 0) continue;
            paragraphs[i].ParagraphProperties!.Append(new SpacingBetweenLines
            {
                Line = (linePitch - borders * TableStyleBuilder.BorderTwips).ToString(System.Globalization.CultureInfo.InvariantCulture),
                LineRule = LineSpacingRuleValues.Exact,
            });
        }
    }
}
