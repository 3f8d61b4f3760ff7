using Generator.Layout;
using Generator.Model;
using Generator.Pdf.Fonts;
using Generator.Pdf.LineBreaking;

namespace Generator.Pdf.Layout;

/// <summary>Lays one document out: measures every block (<see cref="BlockMeasurer"/>), then places the rows on pages
/// with the page-number footer (<see cref="PagePlacer"/>); the result is immutable and ready to draw.</summary>
internal sealed class DocumentLayouter(PdfWriterOptions options, ILineBreaker breaker, LoadedFont font)
{
    /// <summary>Measures and paginates <paramref name="document"/>.</summary>
    public DocumentLayout Lay(Document document)
    {
        var layout = options.Layout;
        var measurer = new TextMeasurer(font.File, layout);
        var blockMeasurer = new BlockMeasurer(breaker, measurer, layout, OutlineGeometry.For(document, layout.OutlineIndent),
            font.File.AscentRatio, layout.TitleIndentChars);
        var measured = document.Blocks.Select(blockMeasurer.Measure).ToList();
        return new PagePlacer(layout, options.PageNumbers ? PageNumberFooter(measurer, layout) : null).Place(measured);
    }

    /// <summary>The footer line of page <c>number</c>: the plain number, centred in the text width.</summary>
    private static Func<int, LaidOutLine> PageNumberFooter(TextMeasurer measurer, PageLayoutOptions layout)
    {
        var composer = new LineComposer(measurer);
        return number =>
        {
            var text = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var line = new BrokenLine(0, text.Length, text, measurer.Width(text), 0, true);
            return composer.Compose(line, PageLayoutOptions.MmToPt(layout.MarginLeftMm), layout.TextWidthPt, LineAlign.Center, 0);
        };
    }
}
