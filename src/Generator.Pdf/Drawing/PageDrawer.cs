using Generator.Layout;
using Generator.Pdf.Layout;
using Generator.Pdf.Output;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Generator.Pdf.Drawing;

/// <summary>Draws laid-out pages into a PDFsharp document, writing each page's content stream itself: shaded fills, rules,
/// text (<see cref="TextDrawer"/>) and images, row by row, so extracted text is in reading order.</summary>
/// <remarks>PDFsharp keeps the document's objects, the pages and the image XObjects (embedded once per PDF).</remarks>
internal sealed class PageDrawer
{
    /// <summary>The grey of a table header's shading (230/255).</summary>
    private const double HeaderGrey = 230 / 255.0;

    /// <summary>Width of table rules in points.</summary>
    private const double RuleWidth = 0.5;

    private readonly PdfDocument document;
    private readonly PdfContentBuilder content = new();
    private readonly TextDrawer text;
    private readonly Dictionary<string, (PdfImage Image, string Name)> images = [];
    private readonly Dictionary<string, PdfImage> pageImages = [];
    private double pageHeight;

    /// <summary>A drawer adding pages to <paramref name="document"/>, with the fonts of <paramref name="fonts"/>.</summary>
    public PageDrawer(PdfDocument document, EmbeddedFonts fonts)
    {
        this.document = document;
        text = new TextDrawer(content, fonts);
    }

    /// <summary>Adds one PDF page per laid-out page.</summary>
    public void Draw(DocumentLayout layout)
    {
        var options = layout.Options;
        foreach (var page in layout.Pages)
        {
            var pdfPage = document.AddPage();
            pdfPage.Width = XUnit.FromPoint(PageLayoutOptions.MmToPt(options.PageWidthMm));
            pdfPage.Height = XUnit.FromPoint(PageLayoutOptions.MmToPt(options.PageHeightMm));
            pageHeight = PageLayoutOptions.MmToPt(options.PageHeightMm);
            content.Clear();
            text.BeginPage();
            pageImages.Clear();
            if (page.Header is { } header) DrawRow(header, 0); // the letterhead: coordinates from the paper's top
            foreach (var placed in page.Rows) DrawRow(placed.Row, placed.Top);
            if (page.Footer is { } footer) text.Draw(footer, pageHeight - page.FooterBaseline);
            text.EndText();
            Finish(pdfPage);
        }
    }

    private void DrawRow(LaidOutRow row, double top)
    {
        if (!row.Fills.IsEmpty)
        {
            text.EndText();
            content.Raw("q\n"u8).Number(HeaderGrey).Number(HeaderGrey).Number(HeaderGrey).Raw("rg\n"u8);
            foreach (var fill in row.Fills)
                content.Number(fill.X).Number(pageHeight - top - fill.Y - fill.Height).Number(fill.Width).Number(fill.Height).Raw("re\nf\n"u8);
            content.Raw("Q\n"u8);
        }
        if (!row.Rules.IsEmpty)
        {
            text.EndText();
            content.Raw("q\n"u8).Number(RuleWidth).Raw("w\n"u8);
            foreach (var rule in row.Rules)
                content.Number(rule.X1).Number(pageHeight - top - rule.Y1).Raw("m\n"u8)
                    .Number(rule.X2).Number(pageHeight - top - rule.Y2).Raw("l\nS\n"u8);
            content.Raw("Q\n"u8);
        }
        foreach (var line in row.Lines) text.Draw(line, pageHeight - top - line.Baseline);
        foreach (var placed in row.Images)
        {
            text.EndText();
            var (image, name) = Image(placed.Image);
            pageImages.TryAdd(name, image);
            content.Raw("q\n"u8).Number(placed.Width).Raw("0 0 "u8).Number(placed.Height)
                .Number(placed.X).Number(pageHeight - top - placed.Y - placed.Height).Raw("cm\n"u8)
                .Raw(System.Text.Encoding.ASCII.GetBytes(name)).Raw(" Do\nQ\n"u8);
        }
    }

    private (PdfImage Image, string Name) Image(PngImage png)
    {
        if (!images.TryGetValue(png.Hash, out var entry))
        {
            var image = new PdfImage(document, XImage.FromStream(new MemoryStream([.. png.Bytes], writable: false)));
            document.Internals.AddObject(image);
            images.Add(png.Hash, entry = (image, "/I" + images.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return entry;
    }

    /// <summary>Gives <paramref name="pdfPage"/> the content written and the resources it names.</summary>
    private void Finish(PdfPage pdfPage)
    {
        var stream = pdfPage.Contents.AppendContent();
        var bytes = PdfFileRewriter.Deflate(content.Written);
        if (stream.Stream is null) stream.CreateStream(bytes);
        else stream.Stream.Value = bytes;
        stream.Elements.SetName("/Filter", "/FlateDecode");
        if (text.PageFonts.Count > 0)
        {
            var fontResources = new PdfDictionary(document);
            foreach (var (index, type0) in text.PageFonts.OrderBy(f => f.Key)) fontResources.Elements.SetReference(EmbeddedFonts.ResourceName(index), type0);
            pdfPage.Resources.Elements["/Font"] = fontResources;
        }
        if (pageImages.Count > 0)
        {
            var xObjects = new PdfDictionary(document);
            foreach (var (name, image) in pageImages.OrderBy(i => i.Key, StringComparer.Ordinal)) xObjects.Elements.SetReference(name, image);
            pdfPage.Resources.Elements["/XObject"] = xObjects;
        }
    }
}
