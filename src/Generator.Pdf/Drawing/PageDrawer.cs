using Generator.Layout;
using Generator.Pdf.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Generator.Pdf.Drawing;

/// <summary>Draws laid-out pages with PDFsharp, line by line, left to right, top to bottom, so extracted text is in reading order.</summary>
/// <param name="font">Creates the font of a size in points; the drawer keeps one per size.</param>
/// <param name="drawn">Collects the drawn characters (for the ToUnicode map).</param>
internal sealed class PageDrawer(Func<double, XFont> font, DrawnCharacters drawn)
{
    private readonly Dictionary<double, XFont> fonts = [];

    private static readonly XPen RulePen = new(XColors.Black, 0.5);
    private static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(255, 230, 230, 230));

    /// <summary>Adds one PDF page per laid-out page to <paramref name="document"/>.</summary>
    public void Draw(DocumentLayout layout, PdfDocument document)
    {
        var options = layout.Options;
        foreach (var page in layout.Pages)
        {
            var pdfPage = document.AddPage();
            pdfPage.Width = XUnit.FromPoint(PageLayoutOptions.MmToPt(options.PageWidthMm));
            pdfPage.Height = XUnit.FromPoint(PageLayoutOptions.MmToPt(options.PageHeightMm));
            using var graphics = XGraphics.FromPdfPage(pdfPage);
            foreach (var placed in page.Rows) DrawRow(graphics, placed);
            if (page.Footer is { } footer) DrawLine(graphics, footer, page.FooterBaseline);
        }
    }

    private void DrawRow(XGraphics graphics, PlacedRow placed)
    {
        var row = placed.Row;
        foreach (var fill in row.Fills)
            graphics.DrawRectangle(HeaderFill, fill.X, placed.Top + fill.Y, fill.Width, fill.Height);
        foreach (var rule in row.Rules)
            graphics.DrawLine(RulePen, rule.X1, placed.Top + rule.Y1, rule.X2, placed.Top + rule.Y2);
        foreach (var line in row.Lines)
            DrawLine(graphics, line, placed.Top + line.Baseline);
    }

    private void DrawLine(XGraphics graphics, LaidOutLine line, double baseline)
    {
        if (!fonts.TryGetValue(line.FontSize, out var sized)) fonts[line.FontSize] = sized = font(line.FontSize);
        foreach (var run in line.Runs)
        {
            drawn.Add(run.Text);
            graphics.DrawString(run.Text, sized, XBrushes.Black, run.X, baseline);
        }
    }
}
