using System.Collections.Immutable;
using Generator.Layout;
using Generator.Model;

namespace Generator.Pdf.Layout;

/// <summary>Lays the letterhead out in the first page's top margin: the image at <see cref="Letterhead.TopMm"/>, the text
/// lines under it at body size, spaced as single-spaced lines (1.4 em) as the DOCX header sets them.</summary>
/// <remarks>Coordinates are from the paper's top edge: the row is drawn at Y = 0.</remarks>
internal sealed class LetterheadMeasurer(BlockMeasurer measurer, PageLayoutOptions layout)
{

    public LaidOutRow Measure(Letterhead letterhead)
    {
        var align = letterhead.Alignment switch { LineAlignment.Left => LineAlign.Left, LineAlignment.Right => LineAlign.Right, _ => LineAlign.Center };
        var top = PageLayoutOptions.MmToPt(letterhead.TopMm);
        var images = ImmutableArray<PlacedImage>.Empty;
        if (letterhead.Image is { } image)
        {
            var height = PageLayoutOptions.MmToPt(letterhead.ImageHeightMm);
            var width = height * image.AspectRatio;
            var x = align switch
            {
                LineAlign.Left => measurer.Left,
                LineAlign.Right => measurer.Left + measurer.Width - width,
                _ => measurer.Left + (measurer.Width - width) / 2,
            };
            images = [new PlacedImage(image, x, top, width, height)];
            top += height;
        }
        var lineHeight = layout.FontSizePt * Generator.HouseStyle.StyleFit.LetterheadLineEm;
        var lines = new List<LaidOutLine>();
        foreach (var text in letterhead.Lines)
        {
            // baseline: the em box centred in the line, as in the body
            var baseline = top + (lineHeight - layout.FontSizePt) / 2 + (measurer.Baseline - (measurer.LinePitch - layout.FontSizePt) / 2);
            var composed = measurer.Lines(text, measurer.Left, measurer.Width, 0, align, baseline);
            lines.AddRange(composed.Select((l, i) => l with { Baseline = baseline + i * lineHeight }));
            top += composed.Count * lineHeight;
        }
        return new LaidOutRow(top, [.. lines], [], []) { Images = images };
    }
}
