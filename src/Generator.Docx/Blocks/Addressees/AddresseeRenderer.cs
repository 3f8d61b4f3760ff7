using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Docx.Layout;
using Generator.Docx.Styling;
using M = Generator.Model;

namespace Generator.Docx.Blocks;

/// <summary>
/// 宛先: one line with its honorific on the same line (「○○市長　様」); several lines sharing one honorific as a
/// borderless two-column table whose right cell holds the honorific centred vertically beside the lines.
/// </summary>
/// <remarks>A table renders the same in Word and LibreOffice; frames and text boxes do not.</remarks>
internal static class AddresseeRenderer
{
    public static IEnumerable<OpenXmlElement> Render(M.AddresseeGroup group, BlockRenderContext context)
    {
        if (group.Honorific is not { Length: > 0 } honorific)
            return group.Lines.Select(line => ParagraphFactory.Styled(StyleIds.AddresseeGroup, line));
        if (group.Lines.Length == 1)
            return [ParagraphFactory.Styled(StyleIds.AddresseeGroup, group.Lines[0] + "\u3000" + honorific)];
        return [HonorificTable(group, honorific, context)];
    }

    private static Table HonorificTable(M.AddresseeGroup group, string honorific, BlockRenderContext context)
    {
        var geometry = context.Geometry;
        var perLine = geometry.Options.CharactersPerLine;
        // one character of slack after the longest line doubles as the gap before the honorific
        var rightChars = Math.Ceiling(GridWidth.Of(honorific)) + 1;
        var leftChars = Math.Min(Math.Ceiling(group.Lines.Max(GridWidth.Of)) + 1, perLine - rightChars);
        // whole grid cells, so the honorific's cell starts on the grid and 殿 stands right after the gap
        int[] widths = [geometry.GridTwips(leftChars), geometry.GridTwips(rightChars)];

        var table = TableFactory.Create(StyleIds.LayoutTable, widths);
        table.Append(new TableRow(
            TableFactory.Cell(widths[0], group.Lines.Select(line => ParagraphFactory.Styled(StyleIds.AddresseeGroup, line))),
            TableFactory.Cell(widths[1], [ParagraphFactory.Styled(StyleIds.Honorific, honorific)],
                verticalAlignment: TableVerticalAlignmentValues.Center)));
        return table;
    }
}
