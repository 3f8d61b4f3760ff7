namespace Generator.Pdf.LineBreaking;

/// <summary>Line breaking by JLREQ 禁則処理: greedy filling, ぶら下げ of 、。，． and otherwise 追い出し (push a character to the next line).</summary>
/// <remarks>
/// Breaks are allowed between clusters (<see cref="TextClusterSplitter"/>) except before a character of
/// <see cref="JlreqCharacterClasses.IsNotAtLineStart"/> and after one of <see cref="JlreqCharacterClasses.IsNotAtLineEnd"/>.
/// A cluster wider than a whole line (a long URL, a document number longer than a line) is the one case broken inside. Thread-safe; see docs/line-breaking.md.
/// </remarks>
public sealed class JlreqLineBreaker : ILineBreaker
{
    private const double Epsilon = 1e-6;
    private readonly JlreqLineBreakOptions options;

    /// <summary>Creates a breaker with <paramref name="options"/> (default: hanging punctuation on).</summary>
    public JlreqLineBreaker(JlreqLineBreakOptions? options = null) => this.options = options ?? JlreqLineBreakOptions.Default;

    /// <summary>A shared breaker with the default options.</summary>
    public static JlreqLineBreaker Default { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<BrokenLine> Break(string text, double firstLineWidth, double otherLinesWidth, Func<string, double> measure)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);
        if (text.Length == 0) return [new BrokenLine(0, 0, "", 0, 0, true)];

        // the thread's lists, unless a measure function breaks text itself while they are in use: then lists of its own
        var scratch = Scratch.Take();
        try
        {
            return Break(text, firstLineWidth, otherLinesWidth, measure, scratch);
        }
        finally
        {
            Scratch.Give(scratch);
        }
    }

    private IReadOnlyList<BrokenLine> Break(string text, double firstLineWidth, double otherLinesWidth, Func<string, double> measure, Scratch scratch)
    {
        var clusters = Measure(text, Math.Max(firstLineWidth, otherLinesWidth), measure, scratch);
        var lines = new List<BrokenLine>();
        var lineStart = 0;
        var available = firstLineWidth;
        while (lineStart < clusters.Count)
        {
            var (end, hanging) = FindLineEnd(text, clusters, lineStart, available);
            var width = 0.0;
            for (var k = lineStart; k < end; k++) width += clusters[k].Width;
            var start = clusters[lineStart].Start;
            var stop = clusters[end - 1].Start + clusters[end - 1].Length;
            lines.Add(new BrokenLine(start, stop - start, text[start..stop], width, hanging ? clusters[end - 1].Width : 0, end == clusters.Count));
            lineStart = end;
            available = otherLinesWidth;
        }
        return lines;
    }

    /// <summary>Returns the exclusive end cluster of the line starting at <paramref name="lineStart"/>, and whether its last cluster hangs.</summary>
    private (int End, bool Hanging) FindLineEnd(string text, List<Cluster> clusters, int lineStart, double available)
    {
        var width = 0.0;
        var i = lineStart;
        while (i < clusters.Count && (width + clusters[i].Width <= available + Epsilon || i == lineStart))
        {
            width += clusters[i].Width;
            i++;
        }
        if (i == clusters.Count) return (i, false);

        // cluster i overflows: hang it if it is 、。，． and a break after it is allowed (ぶら下げ)
        if (options.HangingPunctuation && i > lineStart && IsHangable(text, clusters[i]) && (i + 1 == clusters.Count || CanBreakBefore(text, clusters, i + 1)))
            return (i + 1, true);

        // otherwise push characters to the next line until the break is allowed (追い出し); a document number goes whole,
        // however far its line must then be spread
        for (var b = i; b > lineStart; b--)
            if (CanBreakBefore(text, clusters, b)) return (b, false);

        // no allowed break on the whole line: break where it overflows rather than overflow the margin
        return (i, false);
    }

    private static bool IsHangable(string text, Cluster cluster) =>
        cluster.Length == 1 && JlreqCharacterClasses.IsHangable(text[cluster.Start]);

    /// <summary>Whether a line may break between cluster <paramref name="index"/>−1 and cluster <paramref name="index"/>.</summary>
    private static bool CanBreakBefore(string text, List<Cluster> clusters, int index)
    {
        var next = TextClusterSplitter.RuneAt(text, clusters[index].Start, out _).Value;
        if (JlreqCharacterClasses.IsNotAtLineStart(next) || next == ' ') return false;
        var previous = clusters[index - 1];
        var lastIndex = previous.Start + previous.Length - 1;
        if (char.IsLowSurrogate(text[lastIndex]) && lastIndex > previous.Start) lastIndex--;
        var last = TextClusterSplitter.RuneAt(text, lastIndex, out _).Value;
        return !JlreqCharacterClasses.IsNotAtLineEnd(last);
    }

    /// <summary>The measured clusters of <paramref name="text"/>, in <paramref name="scratch"/>'s list.</summary>
    private static List<Cluster> Measure(string text, double widest, Func<string, double> measure, Scratch scratch)
    {
        var result = scratch.Clusters;
        result.Clear();
        TextClusterSplitter.SplitInto(text, scratch.Split);
        foreach (var (start, length) in scratch.Split)
        {
            var width = measure(ClusterText.Of(text, start, length));
            if (width <= widest + Epsilon || length == 1)
            {
                result.Add(new Cluster(start, length, width));
                continue;
            }
            // a document number longer than a line keeps its digit runs whole; a run longer than a line (a URL) is
            // broken between its characters
            foreach (var (pieceStart, pieceLength) in TextClusterSplitter.Split(text.Substring(start, length), documentNumbers: false))
            {
                var piece = ClusterText.Of(text, start + pieceStart, pieceLength);
                var pieceWidth = measure(piece);
                if (pieceWidth <= widest + Epsilon || pieceLength == 1)
                {
                    result.Add(new Cluster(start + pieceStart, pieceLength, pieceWidth));
                    continue;
                }
                var i = start + pieceStart;
                while (i < start + pieceStart + pieceLength)
                {
                    TextClusterSplitter.RuneAt(text, i, out var n);
                    result.Add(new Cluster(i, n, measure(ClusterText.Of(text, i, n))));
                    i += n;
                }
            }
        }
        return result;
    }

    /// <summary>A piece never broken inside.</summary>
    private readonly record struct Cluster(int Start, int Length, double Width);

    /// <summary>The lists one call works in: the thread's own, kept from call to call so that breaking the lines of a letter
    /// allocates no list per paragraph (issue 17); a new pair while the thread's are in use (a measure function that
    /// breaks text itself).</summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? kept;

        public List<(int Start, int Length)> Split { get; } = new(256);

        public List<Cluster> Clusters { get; } = new(256);

        public static Scratch Take()
        {
            var scratch = kept ?? new Scratch();
            kept = null;
            return scratch;
        }

        /// <summary>Keeps <paramref name="scratch"/> for the thread's next call, unless a very long paragraph grew it.</summary>
        public static void Give(Scratch scratch)
        {
            if (scratch.Clusters.Capacity <= 16 * 1024) kept = scratch;
        }
    }
}
