using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Generator.Docx.Styling;

/// <summary>Table styles: Word's Normal Table, a bordered table for data and contact boxes, a borderless layout table.</summary>
internal static class TableStyleBuilder
{
    /// <summary>Default cell padding left and right (Word's 0.19 cm).</summary>
    public const int CellPadding = 108;

    /// <summary>Width of a bordered table's lines in eighths of a point (<c>w:sz</c>): ½ pt.</summary>
    public const int BorderEighths = 4;

    /// <summary>Width of a bordered table's lines in twips (10 for ½ pt): LibreOffice adds a row's top line to its height.</summary>
    public const int BorderTwips = BorderEighths * 20 / 8;

    public static Style TableNormal()
    {
        var style = new Style { Type = StyleValues.Table, StyleId = StyleIds.TableNormal, Default = true };
        style.Append(new StyleName { Val = "Normal Table" });
        style.Append(new UIPriority { Val = 99 });
        style.Append(new SemiHidden());
        style.Append(new UnhideWhenUsed());
        style.Append(new StyleTableProperties(
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            CellMargins(CellPadding)));
        return style;
    }

    /// <summary>罫線付きの表: single ½ pt lines around and between all cells.</summary>
    public static Style Bordered() =>
        StyleFactory.Table(StyleIds.BorderedTable, "罫線付きの表", new StyleTableProperties(
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = BorderEighths, Space = 0, Color = "auto" },
                new LeftBorder { Val = BorderValues.Single, Size = BorderEighths, Space = 0, Color = "auto" },
                new BottomBorder { Val = BorderValues.Single, Size = BorderEighths, Space = 0, Color = "auto" },
                new RightBorder { Val = BorderValues.Single, Size = BorderEighths, Space = 0, Color = "auto" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = BorderEighths, Space = 0, Color = "auto" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = BorderEighths, Space = 0, Color = "auto" }),
            CellMargins(CellPadding)));

    /// <summary>レイアウト用の表: no lines, no cell padding, so text stands exactly where body text would.</summary>
    public static Style Layout() =>
        StyleFactory.Table(StyleIds.LayoutTable, "レイアウト用の表", new StyleTableProperties(
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
                new LeftBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
                new BottomBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
                new RightBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
                new InsideHorizontalBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" },
                new InsideVerticalBorder { Val = BorderValues.None, Size = 0, Space = 0, Color = "auto" }),
            CellMargins(0)));

    private static TableCellMarginDefault CellMargins(int leftRight) => new(
        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
        new TableCellLeftMargin { Width = (short)leftRight, Type = TableWidthValues.Dxa },
        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
        new TableCellRightMargin { Width = (short)leftRight, Type = TableWidthValues.Dxa });
}
