using Generator.Layout;
using Generator.Model;
using Generator.Pdf.Fonts;
using Generator.Pdf.LineBreaking;

namespace Generator.Pdf.Layout;

/// <summary>Lays one document out: measures every block (<see cref="BlockMeasurer"/>), then places the rows on pages
/// with the page-number footer (<see cref="PagePlacer"/>); the result is immutable and ready to draw.</summary>
internal sealed class DocumentLayouter(PdfWriterOptions options, ILineBreaker breaker, FontChain font)
{
    /// <summary>Measures and paginates <paramref name="document"/>.</summary>
    public DocumentLayout Lay(Document document)
    {
        var layout = options.Layout;
        var measurer = new TextMeasurer(font, layout);
        var blockMeasurer = new BlockMeasurer(breaker, measurer, layout, OutlineGeometry.For(document, layout.OutlineIndent),
            font.AscentRatio, layout.TitleIndentChars);
        var measured = document.Blocks.Select(blockMeasurer.Measure).ToList();
        var footer = options.PageNumbers && layout.PageNumbers != PageNumberFormat.None ? PageNumberFooter(measurer, layout) : null;
        var header = layout.Letterhead is { } letterhead ? new LetterheadMeasurer(blockMeasurer, layout).Measure(letterhead) : null;
        return new PagePlacer(layout, footer, header).Place(measured);
    }

    /// <summary>The footer line of page <c>number</c> of <c>total</c> in the style's format, centred in the text width.</summary>
    private static Func<int, int, LaidOutLine> PageNumberFooter(TextMeasurer measurer, PageLayoutOptions layout)
    {
        var composer = new LineComposer(measurer);
        return (number, total) =>
        {
            var text = PageNumberText.Format(layout.PageNumbers, number, total);
            var line = new BrokenLine(0, text.Length, text, measurer.Width(text), 0, true);
            return composer.Compose(line, PageLayoutOptions.MmToPt(layout.MarginLeftMm), layout.TextWidthPt, LineAlign.Center, 0);
        };
    }
}
