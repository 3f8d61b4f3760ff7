using Generator.Layout;
using Generator.Pdf.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Generator.Pdf.Drawing;

/// <summary>Draws laid-out pages with PDFsharp, line by line, left to right, top to bottom, so extracted text is in reading order.</summary>
/// <remarks>Images (seal, letterhead) are embedded once per PDF.</remarks>
/// <param name="font">Creates the font of a size in points, bold (simulated) or not; the drawer keeps one per size and weight.</param>
/// <param name="drawn">Collects the drawn characters (for the ToUnicode map).</param>
internal sealed class PageDrawer(Func<double, bool, XFont> font, DrawnCharacters drawn)
{
    private readonly Dictionary<(double Size, bool Bold), XFont> fonts = [];
    private readonly Dictionary<string, XImage> images = [];

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
            if (page.Header is { } header) DrawRow(graphics, header, 0); // the letterhead: coordinates from the paper's top
            foreach (var placed in page.Rows) DrawRow(graphics, placed.Row, placed.Top);
            if (page.Footer is { } footer) DrawLine(graphics, footer, page.FooterBaseline);
        }
    }

    private void DrawRow(XGraphics graphics, LaidOutRow row, double top)
    {
        foreach (var fill in row.Fills)
            graphics.DrawRectangle(HeaderFill, fill.X, top + fill.Y, fill.Width, fill.Height);
        foreach (var rule in row.Rules)
            graphics.DrawLine(RulePen, rule.X1, top + rule.Y1, rule.X2, top + rule.Y2);
        foreach (var line in row.Lines)
            DrawLine(graphics, line, top + line.Baseline);
        foreach (var image in row.Images)
            graphics.DrawImage(Image(image.Image), image.X, top + image.Y, image.Width, image.Height);
    }

    private XImage Image(PngImage png)
    {
        if (!images.TryGetValue(png.Hash, out var image))
        {
            image = XImage.FromStream(new MemoryStream([.. png.Bytes], writable: false));
            images.Add(png.Hash, image);
        }
        return image;
    }

    private void DrawLine(XGraphics graphics, LaidOutLine line, double baseline)
    {
        var key = (line.FontSize, line.Bold);
        if (!fonts.TryGetValue(key, out var sized)) fonts[key] = sized = font(line.FontSize, line.Bold);
        foreach (var run in line.Runs)
        {
            drawn.Add(run.Text);
            graphics.DrawString(run.Text, sized, XBrushes.Black, run.X, baseline);
        }
    }
}
