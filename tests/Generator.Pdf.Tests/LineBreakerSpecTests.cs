using Generator.Layout;
using Generator.Pdf.LineBreaking;

namespace Generator.Pdf.Tests;

/// <summary>禁則 cases in the spirit of JLREQ §3.1: input, line width in grid characters, expected lines ("/" separates lines).
/// Widths: full-width = 1, half-width = ½ (CharacterWidth), as the plain-text export measures.</summary>
public class LineBreakerSpecTests
{
    private static readonly JlreqLineBreaker Hanging = new();
    private static readonly JlreqLineBreaker StrictNumbers = new(new JlreqLineBreakOptions { MaxNumberPushOutSpread = double.PositiveInfinity });
    private static readonly JlreqLineBreaker NoHanging = new(new JlreqLineBreakOptions { HangingPunctuation = false });

    private static string Lines(JlreqLineBreaker breaker, string text, double width, double? first = null) =>
        string.Join("/", breaker.Break(text, first ?? width, width, CharacterWidth.Of).Select(l => l.Text));

    [Theory]
    // fits: one line
    [InlineData("あいう", 5, "あいう")]
    // plain break between ideographs/kana
    [InlineData("あいうえおかきく", 5, "あいうえお/かきく")]
    // 3.1.7 cl-06/07: 。 and 、 never start a line; with ぶら下げ they hang at the end
    [InlineData("あいうえお。かき", 5, "あいうえお。/かき")]
    [InlineData("あいうえお、かき", 5, "あいうえお、/かき")]
    // cl-02 closing brackets never start a line: push a character to the next line (追い出し)
    [InlineData("あいうえ」かき", 4, "あいう/え」かき")]
    [InlineData("あいうえ）かき", 4, "あいう/え）かき")]
    // a hanging 。 is impossible when 」 follows it: push out instead
    [InlineData("あいうえ。」かき", 4, "あいう/え。」か/き")]
    // cl-01 opening brackets never end a line
    [InlineData("あいう「えお」", 4, "あいう/「えお」")]
    [InlineData("あいう（えお）", 4, "あいう/（えお）")]
    // cl-11 small kana, cl-10 ー, cl-09 々 ゝ never start a line
    [InlineData("あいうっか", 3, "あい/うっか")]
    [InlineData("あいうャか", 3, "あい/うャか")]
    [InlineData("データーベ", 3, "デー/ターベ")]
    [InlineData("人人人々か", 3, "人人/人々か")]
    [InlineData("あいうゝか", 3, "あい/うゝか")]
    // cl-03 hyphens 〜 and cl-05 middle dots ・ never start a line
    [InlineData("一二三〜四", 3, "一二/三〜四")]
    [InlineData("一二三・四", 3, "一二/三・四")]
    // cl-04 ？！ never start a line
    [InlineData("あいう？か", 3, "あい/う？か")]
    // cl-08 inseparable: —— and …… are never split
    [InlineData("あいう……か", 4, "あいう/……か")]
    [InlineData("あいう――か", 4, "あいう/――か")]  // U+2015 ×2, full-width
    [InlineData("あいう——か", 3.5, "あいう/——か")]  // U+2014 ×2, half-width in CharacterWidth
    // numbers and Latin runs are never split: 平成29年, 11月24日, phone numbers
    [InlineData("あいう平成29年", 5.5, "あいう平成/29年")]
    [InlineData("令和6年11月24日", 4, "令和6年/11月24日")]
    [InlineData("電話：03-0000-0000", 6, "電話：/03-0000-0000")]
    public void BreaksLikeJlreq(string text, double width, string expected) =>
        Assert.Equal(expected, Lines(Hanging, text, width));

    [Theory]
    // a document number 文書番号 is one token: never 「30/文科振第111号」 or 「医政総発○/第○号」
    [InlineData("（府医第36号・30文科振第111号", 8, "（府医第36号・/30文科振第111号")]
    [InlineData("府医第○号・医政総発○第○号", 10, "府医第○号・/医政総発○第○号")]
    [InlineData("通知（医政発0531第25号）", 10, "通知/（医政発0531第25号）")]
    [InlineData("による法律第28号", 5, "による/法律第28号")]
    // a year is not part of the number: 「平成29年」 and 「法律第28号」 may part
    [InlineData("（平成29年法律第28号）", 6, "（平成29年/法律第28号）")]
    public void KeepsADocumentNumberOnOneLine(string text, double width, string expected) =>
        Assert.Equal(expected, Lines(StrictNumbers, text, width));

    [Fact]
    public void BreaksInsideANumberOnlyWhenPushingItOutWouldSpreadTheLineApart()
    {
        // pushed whole, 「あいう」 would be 7 characters short with 2 gaps to spread them: the number breaks where it overflows
        Assert.Equal("あいう「医政総発○第/○号」", Lines(Hanging, "あいう「医政総発○第○号」", 10));
        // the same number with room for it on the next line and little to spread: kept whole
        Assert.Equal("あいうえおかきくけこさしすせそたちつてと/「医政総発○第○号」", Lines(Hanging, "あいうえおかきくけこさしすせそたちつてと「医政総発○第○号」", 21));
    }

    [Theory]
    // without ぶら下げ the character before 。 is pushed to the next line with it
    [InlineData("あいうえお。かき", 5, "あいうえ/お。かき")]
    [InlineData("あいうえお、かき", 5, "あいうえ/お、かき")]
    public void PushesOutWhenHangingIsOff(string text, double width, string expected) =>
        Assert.Equal(expected, Lines(NoHanging, text, width));

    [Fact]
    public void FirstLineWidthDiffersFromTheOthers() =>
        Assert.Equal("あいう/えおかき/くけ", Lines(Hanging, "あいうえおかきくけ", 4, first: 3));

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
