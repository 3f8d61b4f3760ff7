using Generator.Markup;
using Generator.Model;

namespace Generator.Core.Tests.Markup;

/// <summary>Depth comes from the kind of numbering token, ranked as 公用文作成の考え方 lists them, relative to the document
/// (whole documents: Specs/markup.md).</summary>
public sealed class OutlineDepthTests
{
    [Theory]
    [InlineData("第１　総則", 1, "第１", "総則")]
    [InlineData("第一　総則", 1, "第一", "総則")]
    [InlineData("１．項目", 2, "１．", "項目")]
    [InlineData("1. item", 2, "1.", "item")]
    [InlineData("１　項目", 2, "１", "項目")]
    [InlineData("（１）項目", 3, "（１）", "項目")]
    [InlineData("(12) 項目", 3, "(12)", "項目")]
    [InlineData("ア　項目", 4, "ア", "項目")]
    [InlineData("（ア）項目", 5, "（ア）", "項目")]
    [InlineData("ａ　項目", 6, "ａ", "項目")]
    [InlineData("（ａ）項目", 7, "（ａ）", "項目")]
    [InlineData("①項目", 8, "①", "項目")]
    [InlineData("Ⅱ．項目", 0, "Ⅱ．", "項目")]
    public void Tokens_are_recognised_and_ranked(string line, int rank, string label, string text)
    {
        var token = OutlineTokenClassifier.Classify(line);
        Assert.NotNull(token);
        Assert.Equal(rank, token.Value.Rank);
        Assert.Equal(label, token.Value.Label);
        Assert.Equal(text, line[token.Value.TextStart..]);
    }

    [Theory]
    [InlineData("１月１日に実施する。")]
    [InlineData("2018年の通知")]
    [InlineData("アンケートを行う。")]
    [InlineData("第1回の会議")]
    [InlineData("（仮称）について")]
    [InlineData("１．")]
    public void Ordinary_text_is_not_a_token(string line) => Assert.Null(OutlineTokenClassifier.Classify(line));

    [Fact]
    public void Separator_follows_the_token()
    {
        var document = MarkupParser.Parse("１．項目\n（１）項目", "t").Document;
        var items = document.Blocks.OfType<OutlineItem>().ToList();
        Assert.Equal("", items[0].Separator);
        Assert.Equal("\u3000", items[1].Separator);
    }

    /// <summary>Issue 17: a line is tried against the token patterns only when its first character can open one; no pattern
    /// matches a line opening with any other character of the Basic Multilingual Plane.</summary>
    [Fact]
    public void No_pattern_matches_a_line_whose_first_character_opens_no_token()
    {
        var tails = new[] { "", "．本文", ".本文", "　本文", " 本文", "）本文", ")本文", "1）本文", "ア）本文", "a)本文", "1．本文", "1　本文", "一　本文" };
        var opening = 0;
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (OutlineTokenClassifier.MayOpenToken((char)c)) { opening++; continue; }
            foreach (var tail in tails)
                foreach (var (rank, pattern) in OutlineTokenClassifier.Patterns)
                    Assert.False(pattern.IsMatch((char)c + tail), $"U+{c:X4}{tail} matches the pattern of rank {rank}");
        }
        Assert.Equal(12 + 1 + 10 + 10 + 2 + 82 + 26 + 26 + 20, opening);
    }
}
