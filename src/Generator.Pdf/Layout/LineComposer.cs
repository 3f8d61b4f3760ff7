using System.Collections.Immutable;
using Generator.Pdf.LineBreaking;

namespace Generator.Pdf.Layout;

/// <summary>How a line sits in its measure.</summary>
internal enum LineAlign
{
    /// <summary>Flush left; lines other than a paragraph's last are justified (両端揃え).</summary>
    Justify,
    /// <summary>Flush left, never spread.</summary>
    Left,
    /// <summary>Centred.</summary>
    Center,
    /// <summary>Flush right.</summary>
    Right,
}

/// <summary>Places the clusters of a broken line: on the character grid, spread evenly when a justified line came out short.</summary>
internal sealed class LineComposer(TextMeasurer measurer)
{
    // the clusters of the line being composed, in a list kept for the next (a composer serves one layout, on one thread)
    private readonly List<(int Start, int Length)> clusters = new(64);

    /// <summary>Positions <paramref name="line"/> inside the measure that starts at <paramref name="left"/> and is <paramref name="width"/> wide.</summary>
    public LaidOutLine Compose(BrokenLine line, double left, double width, LineAlign align, double baseline)
    {
        TextClusterSplitter.SplitInto(line.Text, clusters, documentNumbers: false); // each character of a number on the grid
        var runs = ImmutableArray.CreateBuilder<PlacedRun>(clusters.Count);
        var content = line.Width - line.HangingWidth;
        var x = align switch
        {
            LineAlign.Center => left + (width - content) / 2,
            LineAlign.Right => left + width - content,
            _ => left,
        };
        // 両端揃え: a justified line that is not the paragraph's last spreads its shortfall over the gaps between clusters
        var gaps = clusters.Count - 1 - (line.HangingWidth > 0 ? 1 : 0);
        var extra = align == LineAlign.Justify && !line.IsLast && gaps > 0 && width - content > 1e-6 ? (width - content) / gaps : 0;
        for (var i = 0; i < clusters.Count; i++)
        {
            var (start, length) = clusters[i];
            var text = ClusterText.Of(line.Text, start, length);
            var w = measurer.Width(text);
            runs.Add(new PlacedRun(text, x, w));
            x += w;
            if (i < gaps) x += extra;
        }
        return new LaidOutLine(line.Text, runs.MoveToImmutable(), baseline, measurer.FontSize) { Spread = extra };
    }
}
