using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Docx.Layout;
using Generator.Docx.Styling;
using Generator.Layout;
using M = Generator.Model;

namespace Generator.Docx.Blocks;

/// <summary>担当・連絡先: an empty line, then the lines in a one-cell bordered table set flush right, at least half the text width wide.</summary>
internal static class ContactBlockRenderer
{
    public static IEnumerable<OpenXmlElement> Render(M.ContactBlock block, BlockRenderContext context)
    {
        var geometry = context.Geometry;
        var longest = block.Lines.IsDefaultOrEmpty ? 0 : block.Lines.Max(GridWidth.Of);
        // two cells of slack: the box's left edge is off the grid, and LibreOffice starts the text on the next cell
        var content = geometry.Chars(Math.Ceiling(longest) + 2) + 2 * TableStyleBuilder.CellPadding;
        var width = Math.Clamp(content, geometry.TextWidth / 2, geometry.TextWidth);

        var table = TableFactory.Create(StyleIds.BorderedTable, [width], TableRowAlignmentValues.Right);
        table.Append(new TableRow(
            new TableRowProperties(new CantSplit()),
            TableFactory.Cell(width, block.Lines.Select(line => ParagraphFactory.Styled(StyleIds.ContactBlock, line)))));
        // the space before comes from the shared spacing table (a table has no paragraph spacing of its own)
        return [.. ParagraphFactory.Spacers(BlockSpacing.Of(block).BeforeLines), table];
    }
}
