using Generator.Layout;
using Generator.Pdf.Drawing;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Generator.Pdf.Output;

/// <summary>Puts drawn pages into a PDFsharp document: the page, its content stream (zlib), and its resources — one Type0
/// font object per font of the chain and one image XObject per image, each made once per file.</summary>
internal sealed class PdfSharpPages(PdfDocument document) : IPageTarget
{
    private readonly Dictionary<int, PdfDictionary> fonts = [];
    private readonly Dictionary<string, PdfImage> images = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public void AddPage(double width, double height, ReadOnlySpan<byte> content, IReadOnlyCollection<int> pageFonts,
        IReadOnlyList<(string Name, PngImage Image)> pageImages)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(width);
        page.Height = XUnit.FromPoint(height);
        if (pageFonts.Count > 0)
        {
            var resources = new PdfDictionary(document);
            foreach (var index in pageFonts) resources.Elements.SetReference(EmbeddedFonts.ResourceName(index), Font(index));
            page.Resources.Elements["/Font"] = resources;
        }
        if (pageImages.Count > 0)
        {
            var xObjects = new PdfDictionary(document);
            foreach (var (name, png) in pageImages) xObjects.Elements.SetReference(name, Image(name, png));
            page.Resources.Elements["/XObject"] = xObjects;
        }
        var stream = page.Contents.AppendContent();
        var bytes = PdfFileRewriter.Deflate(content);
        if (stream.Stream is null) stream.CreateStream(bytes);
        else stream.Stream.Value = bytes;
        stream.Elements.SetName("/Filter", "/FlateDecode");
    }

    /// <summary>Writes the objects of every font <paramref name="embedded"/> used: subset program, widths, text map and name.</summary>
    public void Finish(EmbeddedFonts embedded)
    {
        foreach (var (index, font, drawn) in embedded.Used)
            CidFontWriter.Write(document, Font(index), CidFontParts.Of(font, drawn));
    }

    private PdfDictionary Font(int index)
    {
        if (!fonts.TryGetValue(index, out var type0))
        {
            type0 = new PdfDictionary(document);
            document.Internals.AddObject(type0);
            fonts.Add(index, type0);
        }
        return type0;
    }

    private PdfImage Image(string name, PngImage png)
    {
        if (!images.TryGetValue(name, out var image))
        {
            image = new PdfImage(document, XImage.FromStream(new MemoryStream([.. png.Bytes], writable: false)));
            document.Internals.AddObject(image);
            images.Add(name, image);
        }
        return image;
    }
}
