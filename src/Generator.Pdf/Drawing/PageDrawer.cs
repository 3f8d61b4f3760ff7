using Generator.Layout;
using Generator.Pdf.Layout;
using Generator.Pdf.Output;

namespace Generator.Pdf.Drawing;

/// <summary>Draws laid-out pages as PDF content streams: shaded fills, rules, text (<see cref="TextDrawer"/>) and images,
/// row by row, so extracted text is in reading order; each finished page goes to the file (<see cref="StreamedPages"/>).</summary>
/// <remarks>Images are named /I0, /I1 … in the order first drawn in the file, so the target embeds each once.</remarks>
internal sealed class PageDrawer
{
    /// <summary>The grey of a table header's shading (230/255).</summary>
    private const double HeaderGrey = 230 / 255.0;

    /// <summary>Width of table rules in points.</summary>
    private const double RuleWidth = LaidOutRule.Width;

    private readonly StreamedPages target;
    private PdfContentBuilder content = null!; // while Draw runs: the thread's builder (PdfContentBuilder.Rent)
    private readonly TextDrawer text;
    private readonly Dictionary<string, string> imageNames = [];
    private readonly SortedDictionary<string, PngImage> pageImages = new(StringComparer.Ordinal);
    private double pageHeight;

    /// <summary>A drawer giving its pages to <paramref name="target"/>, with the fonts of <paramref name="fonts"/>.</summary>
    public PageDrawer(StreamedPages target, EmbeddedFonts fonts)
    {
        this.target = target;
        text = new TextDrawer(fonts);
    }

    /// <summary>Adds one PDF page per laid-out page.</summary>
    public void Draw(DocumentLayout layout)
    {
        var options = layout.Options;
        var pageWidth = PageLayoutOptions.MmToPt(options.PageWidthMm);
        content = PdfContentBuilder.Rent();
        try
        {
            foreach (var page in layout.Pages) Draw(page, pageWidth, PageLayoutOptions.MmToPt(options.PageHeightMm));
        }
        finally
        {
            PdfContentBuilder.Return(content);
            content = null!;
        }
    }

    private void Draw(LaidOutPage page, double pageWidth, double height)
    {
        pageHeight = height;
        content.Clear();
        text.BeginPage(content);
        pageImages.Clear();
        if (page.Header is { } header) DrawRow(header, 0); // the letterhead: coordinates from the paper's top
        foreach (var placed in page.Rows) DrawRow(placed.Row, placed.Top);
        if (page.Footer is { } footer) text.Draw(footer, pageHeight - page.FooterBaseline);
        text.EndText();
        target.AddPage(pageWidth, pageHeight, content.Written, text.PageFonts, [.. pageImages.Select(i => (i.Key, i.Value))]);
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
            var name = ImageName(placed.Image);
            pageImages.TryAdd(name, placed.Image);
            content.Raw("q\n"u8).Number(placed.Width).Raw("0 0 "u8).Number(placed.Height)
                .Number(placed.X).Number(pageHeight - top - placed.Y - placed.Height).Raw("cm\n"u8)
                .Raw(System.Text.Encoding.ASCII.GetBytes(name)).Raw(" Do\nQ\n"u8);
        }
    }

    /// <summary>Whether the images of <paramref name="pages"/>, drawn by a drawer of their own (named /I0, /I1 … in the order
    /// first drawn there), have the names this drawer gives them; if so they are now named here as well, as if drawn here.
    /// False (nothing changed) when a name differs — such pages must be drawn again.</summary>
    public bool AdoptImageNames(IEnumerable<DrawnPage> pages)
    {
        var drawnOrder = pages.SelectMany(p => p.Images).DistinctBy(i => i.Name)
            .OrderBy(i => int.Parse(i.Name.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var added = new Dictionary<string, string>();
        foreach (var (name, png) in drawnOrder)
        {
            var hash = png.Hash;
            var named = imageNames.TryGetValue(hash, out var existing) ? existing
                : added.TryGetValue(hash, out var fresh) ? fresh
                : ImageNameAt(imageNames.Count + added.Count);
            if (named != name) return false;
            if (!imageNames.ContainsKey(hash)) added.TryAdd(hash, named);
        }
        foreach (var (hash, name) in added) imageNames.Add(hash, name);
        return true;
    }

    private static string ImageNameAt(int number) => "/I" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private string ImageName(PngImage png)
    {
        if (!imageNames.TryGetValue(png.Hash, out var name))
            imageNames.Add(png.Hash, name = ImageNameAt(imageNames.Count));
        return name;
    }
}
