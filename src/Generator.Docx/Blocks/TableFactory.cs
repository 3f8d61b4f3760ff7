using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Generator.Docx.Blocks;

/// <summary>Builds <c>w:tbl</c> skeletons with fixed column widths (so Word and LibreOffice agree on the layout).</summary>
internal static class TableFactory
{
    /// <summary>A table of style <paramref name="styleId"/> with the given column widths in twips.</summary>
    public static Table Create(string styleId, IReadOnlyList<int> columnWidths, TableRowAlignmentValues? alignment = null, bool firstRowIsHeader = false)
    {
        var properties = new TableProperties(
            new TableStyle { Val = styleId },
            new TableWidth { Width = Invariant(columnWidths.Sum()), Type = TableWidthUnitValues.Dxa });
        if (alignment is { } jc) properties.Append(new TableJustification { Val = jc });
        properties.Append(new TableLayout { Type = TableLayoutValues.Fixed });
        properties.Append(new TableLook
        {
            // bits: 0x0020 first row, 0x0200 no row banding, 0x0400 no column banding
            Val = firstRowIsHeader ? "0620" : "0600",
            FirstRow = firstRowIsHeader,
            LastRow = false,
            FirstColumn = false,
            LastColumn = false,
            NoHorizontalBand = true,
            NoVerticalBand = true,
        });
        var grid = new TableGrid();
        foreach (var width in columnWidths) grid.Append(new GridColumn { Width = Invariant(width) });
        return new Table(properties, grid);
    }

    /// <summary>A cell of <paramref name="width"/> twips holding <paramref name="paragraphs"/> (at least one is added).</summary>
    public static TableCell Cell(int width, IEnumerable<OpenXmlElement> paragraphs, string? shading = null, TableVerticalAlignmentValues? verticalAlignment = null)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Invariant(width), Type = TableWidthUnitValues.Dxa });
        if (shading is not null) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = shading });
        if (verticalAlignment is { } v) properties.Append(new TableCellVerticalAlignment { Val = v });
        var cell = new TableCell(properties);
        cell.Append(paragraphs);
        if (!cell.Elements<Paragraph>().Any()) cell.Append(new Paragraph());
        return cell;
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
