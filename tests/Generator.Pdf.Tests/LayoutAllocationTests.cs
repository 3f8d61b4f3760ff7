using Generator.Pdf.LineBreaking;

namespace Generator.Pdf.Tests;

/// <summary>Issue 17: laying a letter out makes no string, list or closure per character — one-character clusters share
/// a string per character (<see cref="ClusterText"/>), the clusters of each line go into lists each thread reuses — and
/// still breaks and places every line as before.</summary>
public class LayoutAllocationTests
{
    /// <summary>Before: 375 KB for the circular's layout (two strings, a closure and two list slots per character); after: 120 KB.</summary>
    [Fact]
    public void LayingOutTheCircularAllocatesUnder180Kilobytes()
    {
        var writer = new PdfWriter();
        var document = TestDocuments.Circular();
        for (var i = 0; i < 5; i++) writer.Layout(document); // JIT, font load, the thread's lists and strings

        var before = GC.GetAllocatedBytesForCurrentThread();
        writer.Layout(document);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < 180 * 1024, $"the circular's layout allocates {allocated:N0} bytes");
    }

    [Theory]
    [InlineData("様", 0, 1, "様")]
    [InlineData("北海道札幌市", 3, 1, "札")]
    [InlineData("北海道札幌市", 3, 3, "札幌市")]
    [InlineData("府医第36号", 0, 6, "府医第36号")]
    [InlineData("𠮟る", 0, 2, "𠮟")] // a surrogate pair: two UTF-16 units, its own string
    public void AClustersTextIsItsCharacters(string text, int start, int length, string expected) =>
        Assert.Equal(expected, ClusterText.Of(text, start, length));

    [Fact]
    public void EveryOneCharacterClusterOfACharacterIsTheSameString()
    {
        var first = ClusterText.Of("通知", 0, 1);
        var again = ClusterText.Of("知事通知", 2, 1);
        Assert.Equal("通", first);
        Assert.Same(first, again);
    }

    [Fact]
    public void AListReusedForTheNextTextHoldsOnlyThatTextsClusters()
    {
        var clusters = new List<(int Start, int Length)>();
        TextClusterSplitter.SplitInto("令和元年５月１日から……施行する。03-0000-0000", clusters);
        Assert.Equal(TextClusterSplitter.Split("令和元年５月１日から……施行する。03-0000-0000"), clusters);

        TextClusterSplitter.SplitInto("……ＩＣＴ", clusters);
        Assert.Equal([(0, 2), (2, 3)], clusters);
    }

    [Fact]
    public void AMeasureFunctionThatBreaksTextItselfGetsTheSameLinesAsAPlainOne()
    {
        const string text = "個人情報の保護に関する条例、「法令に基づく場合」に該当する。……ＩＣＴを活用した医療情報の提供について";
        const string inner = "北海道保健福祉部地域医療推進局、令和元年５月１日";
        static double Plain(string s) => s.Length * 10.5;
        var breaker = JlreqLineBreaker.Default;
        var innerLines = Lines(breaker.Break(inner, 50, 60, Plain));
        var innerSeen = new List<string>();
        double Reentering(string s)
        {
            innerSeen.Add(Lines(breaker.Break(inner, 50, 60, Plain))); // the thread's lists are in use by the outer call
            return Plain(s);
        }

        Assert.Equal(Lines(breaker.Break(text, 120, 150, Plain)), Lines(breaker.Break(text, 120, 150, Reentering)));
        Assert.NotEmpty(innerSeen);
        Assert.All(innerSeen, lines => Assert.Equal(innerLines, lines));
    }

    [Fact]
    public void BreakingOnManyThreadsGivesEachTextTheLinesOfOneThread()
    {
        static double Measure(string s) => s.Length * 10.5;
        var texts = Enumerable.Range(1, 40)
            .Select(n => string.Concat(Enumerable.Repeat("個人情報の保護に関する条例、「法令に基づく場合」……ＩＣＴ", n)))
            .ToList();
        var expected = texts.Select(t => Lines(JlreqLineBreaker.Default.Break(t, 300, 420, Measure))).ToList();

        var actual = new string[200];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => actual[i] = Lines(JlreqLineBreaker.Default.Break(texts[i % texts.Count], 300, 420, Measure)));

        for (var i = 0; i < actual.Length; i++) Assert.Equal(expected[i % texts.Count], actual[i]);
    }

    private static string Lines(IReadOnlyList<BrokenLine> lines) =>
        string.Join("\n", lines.Select(l => $"{l.Start}+{l.Length} {l.Width:0.###} {l.HangingWidth:0.###} {l.IsLast} {l.Text}"));
}
