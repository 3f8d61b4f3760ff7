using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Docx.Layout;
using Generator.Layout;
using M = Generator.Model;

namespace Generator.Docx.Blocks;

/// <summary>What comes after a table in the body: the table's space below (the shared spacing table's line) and the
/// paragraph Word needs after a table, set so that neither takes a line at the top of the next page when the table ends
/// exactly at a page foot (the PDF drops the space there too).</summary>
/// <remarks>An empty paragraph as the space below would move to the next page and push its text one line down (or, after
/// the last table, open a page of its own). Instead the space is the next paragraph's space before, which Word and
/// LibreOffice leave out at the top of a page that a page end started, as the PDF leaves out its gap; only where no
/// paragraph follows does Word need one: a hidden paragraph 0.1 pt high, for which the table's last row gives up as much
/// (LibreOffice 7.4 prints the body's last paragraph even when hidden, and moves it to a page of its own when the table
/// leaves it no room).</remarks>
internal static class TableFollower
{
    /// <summary>Height of the closing paragraph in twips (0.1 pt).</summary>
    public const int ClosingTwips = 2;

    /// <summary>Lines of space a block leaves below its last table for the next block (a data table's line; none for
    /// the contact box and the addressees, whose space is their paragraphs' own).</summary>
    public static int SpaceBelow(M.Block block) => block is M.Table { ColumnCount: > 0 } ? BlockSpacing.Of(block).AfterLines : 0;

    /// <summary>Puts <paramref name="lines"/> lines of space above <paramref name="paragraph"/>, the first paragraph after a
    /// table, on top of the space its style gives it (<paramref name="styleLines"/>).</summary>
    public static void SpaceAbove(Paragraph paragraph, int lines, int styleLines, DocxGeometry geometry)
    {
        var spacing = SpacingOf(paragraph);
        var total = lines + styleLines;
        spacing.Before = Invariant(geometry.LinePitch * total);
        spacing.BeforeLines = total * 100;
    }

    /// <summary>The paragraph Word needs after a table that nothing follows: hidden, 0.1 pt high, 1 pt type.</summary>
    public static Paragraph Closing()
    {
        var mark = new ParagraphMarkRunProperties(new Vanish(), new FontSize { Val = "2" }, new FontSizeComplexScript { Val = "2" });
        return new Paragraph(new ParagraphProperties(
            new SnapToGrid { Val = false },
            new SpacingBetweenLines { Before = "0", After = "0", Line = Invariant(ClosingTwips), LineRule = LineSpacingRuleValues.Exact },
            mark));
    }

    /// <summary>Makes <paramref name="table"/>'s last row <see cref="ClosingTwips"/> shorter, so that it and the closing
    /// paragraph end where the table alone did: each cell's last paragraph sets its lines that much closer.</summary>
    public static void MakeRoomForClosing(Table table, DocxGeometry geometry)
    {
        if (table.Elements<TableRow>().LastOrDefault() is not { } row) return;
        foreach (var cell in row.Elements<TableCell>())
        {
            if (cell.Elements<Paragraph>().LastOrDefault() is not { } paragraph) continue;
            var spacing = SpacingOf(paragraph);
            // a line the paragraph does not set itself is Normal's: one grid line, exact
            var line = spacing.Line?.Value is { } value && spacing.LineRule?.Value == LineSpacingRuleValues.Exact
                ? int.Parse(value, CultureInfo.InvariantCulture) : geometry.LinePitch;
            spacing.Line = Invariant(line - ClosingTwips);
            spacing.LineRule = LineSpacingRuleValues.Exact;
        }
    }

    /// <summary>The paragraph's own <c>w:spacing</c>, added in its place in the schema's order when it has none.</summary>
    private static SpacingBetweenLines SpacingOf(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
        if (properties.GetFirstChild<SpacingBetweenLines>() is { } spacing) return spacing;
        spacing = new SpacingBetweenLines();
        properties.AddChild(spacing);
        return spacing;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
