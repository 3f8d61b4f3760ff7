using Generator.Layout;
using Generator.Pdf.LineBreaking;

namespace Generator.Pdf.Tests;

/// <summary>禁則 in the spirit of JLREQ §3.1: the examples of Specs/line-breaking.md (text, line width in grid characters,
/// expected lines side by side), and the properties no single example shows.</summary>
public class LineBreakerSpecTests
{
    private static readonly JlreqLineBreaker Hanging = new();
    private static readonly JlreqLineBreaker NoHanging = new(new JlreqLineBreakOptions { HangingPunctuation = false });

    private static readonly string SpecPath = RepositoryRoot.Combine("tests", "Generator.Pdf.Tests", "Specs", "line-breaking.md");

    /// <summary>The examples of Specs/line-breaking.md, by number (with the text, to name the case).</summary>
    public static TheoryData<int, string> Examples() => SpecFile.Cases(SpecPath, example => example.Input);

    [Theory]
    [MemberData(nameof(Examples))]
    public void BreaksAsTheSpecSays(int number, string text)
    {
        var example = SpecFile.Read(SpecPath)[number - 1];
        var breaker = example.Option("hanging", "on") == "off" ? NoHanging : Hanging;
        var width = double.Parse(example.Option("width", ""), System.Globalization.CultureInfo.InvariantCulture);
        var first = double.Parse(example.Option("first", example.Option("width", "")), System.Globalization.CultureInfo.InvariantCulture);
        var actual = string.Join("\n", breaker.Break(text, first, width, CharacterWidth.Of).Select(l => l.Text));
        Assert.True(example.Expected == actual,
            $"Specs/line-breaking.md({example.Line}): example {number} ({example.Section})\n{text}\nexpected:\n{example.Expected}\nactual:\n{actual}");
    }

    [Fact]
    public void RunLongerThanALineIsBrokenRatherThanOverflowing()
    {
        var lines = Hanging.Break("https://www.example.go.jp/", 4, 4, CharacterWidth.Of);
        Assert.All(lines, l => Assert.True(l.Width <= 4));
        Assert.Equal("https://www.example.go.jp/", string.Concat(lines.Select(l => l.Text)));
    }

    [Fact]
    public void HangingLineReportsTheHangingWidth()
    {
        var lines = Hanging.Break("あいうえお。かき", 5, 5, CharacterWidth.Of);
        Assert.Equal(1, lines[0].HangingWidth);
        Assert.Equal(6, lines[0].Width);
        Assert.False(lines[0].IsLast);
        Assert.True(lines[1].IsLast);
    }

    [Fact]
    public void EmptyTextIsOneEmptyLine() =>
        Assert.Equal([new BrokenLine(0, 0, "", 0, 0, true)], Hanging.Break("", 10, 10, CharacterWidth.Of));

    [Fact]
    public void LinesConcatenateToTheInputAndPositionsMatch()
    {
        const string text = "医療分野の研究開発に資するための匿名加工医療情報に関する法律（平成29年法律第28号。以下「法」という。）等の施行については、本年５月31日、";
        var lines = Hanging.Break(text, 9, 10, CharacterWidth.Of);
        Assert.Equal(text, string.Concat(lines.Select(l => l.Text)));
        Assert.All(lines, l => Assert.Equal(text.Substring(l.Start, l.Length), l.Text));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(13)]
    [InlineData(40)]
    public void NoLineOfTheCircularViolatesKinsoku(double width)
    {
        var text = string.Join("", TestDocuments.Circular().AllText());
        var lines = Hanging.Break(text, width, width, CharacterWidth.Of).Select(l => l.Text).ToList();
        Assert.Empty(KinsokuChecker.Violations(lines));
    }
}
