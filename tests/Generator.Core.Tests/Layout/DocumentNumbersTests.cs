using System.Text.RegularExpressions;
using Generator.Layout;

namespace Generator.Core.Tests.Layout;

/// <summary><see cref="DocumentNumbers.Find"/> gives the pattern's own matches over the whole text, though it hands the
/// pattern only the runs of kanji and digits that hold a 「第」 (issue 17: most lines have no number).</summary>
public sealed class DocumentNumbersTests
{
    private static readonly Regex WholeText = new(DocumentNumbers.PatternText, RegexOptions.CultureInvariant);

    private static List<(int Start, int Length)> Expected(string text) =>
        [.. WholeText.Matches(text).Select(m => (m.Index, m.Length))];

    [Theory]
    [InlineData("（府医第36号・30文科振第111号", "府医第36号|30文科振第111号")]
    [InlineData("（平成29年法律第28号）", "法律第28号")]
    [InlineData("通知（医政発0531第25号）について", "医政発0531第25号")]
    [InlineData("あいうABC30文科振第1号", "30文科振第1号")]
    [InlineData("第二条第1号", "第二条第1号")]           // the prefix may hold a 第 itself
    [InlineData("第一号第二号", "第一号第二号")]           // kanji numbers: one run, one number
    [InlineData("第1号第2号", "第1号|第2号")]
    [InlineData("第1号と第2号", "第1号|第2号")]
    [InlineData("一二三四五六七八九第1号", "二三四五六七八九第1号")] // at most eight kanji of prefix
    [InlineData("々第1号", "々第1号")]
    [InlineData("１２３第〇号", "第〇号")]                  // digits alone are no prefix
    [InlineData("第号", "")]
    [InlineData("第1", "")]
    [InlineData("第1条", "")]
    [InlineData("1号", "")]
    [InlineData("号第1号", "号第1号")]
    [InlineData("この通知は第", "")]
    [InlineData("", "")]
    [InlineData("令和7年4月1日付け医政総発○第○号により、第2条第3号", "医政総発○第○号|2条第3号")]   // digits before a kanji are a prefix
    public void Finds_the_numbers(string text, string numbers)
    {
        var found = DocumentNumbers.Find(text);
        Assert.Equal(numbers, string.Join("|", found.Select(n => text.Substring(n.Start, n.Length))));
        Assert.Equal(Expected(text), found);
    }

    /// <summary>Random texts over the characters a number is made of and those around it: the same matches as the
    /// pattern over the whole text.</summary>
    [Fact]
    public void Matches_the_pattern_over_the_whole_text()
    {
        const string alphabet = "第号第号一二十百年月日法律文科振府医々○〇1２0９ あA、（）「」条";
        var random = new Random(17);
        for (var i = 0; i < 20_000; i++)
        {
            var chars = new char[random.Next(0, 30)];
            for (var j = 0; j < chars.Length; j++) chars[j] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            Assert.True(Expected(text).SequenceEqual(DocumentNumbers.Find(text)), text);
        }
    }
}
