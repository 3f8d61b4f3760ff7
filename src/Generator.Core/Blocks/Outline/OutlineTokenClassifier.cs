using System.Text.RegularExpressions;

namespace Generator.Markup;

/// <summary>Recognises the numbering token at the start of an outline item and ranks its kind.</summary>
/// <remarks>
/// Ranks follow 公用文作成の考え方 (2022): 第１ → １ → （１） → ア → （ア） → ａ → （ａ）, with Roman numerals above and
/// circled digits below. The depth of an item is the position of its rank among the ranks a document uses, so a notice
/// that starts at 「１．」 has 「１．」 at depth 1. Examples: 「（１）全ての」 → rank 3, label 「（１）」; 「１月に」 → no token.
/// </remarks>
public static partial class OutlineTokenClassifier
{
    private const string Digits = "[0-9０-９]+";
    private const string KanjiDigits = "[一二三四五六七八九十百]+";
    private const string Space = "[ \t\u3000]";

    internal static readonly (int Rank, Regex Pattern)[] Patterns =
    [
        (0, new Regex($"^([Ⅰ-Ⅻ][．.]|[Ⅰ-Ⅻ](?={Space}))", RegexOptions.CultureInvariant)),
        (1, new Regex($"^(第(?:{Digits}|{KanjiDigits}))(?:{Space}+|$)", RegexOptions.CultureInvariant)),
        (2, new Regex($"^({Digits}[．.])|^({Digits})(?:{Space}+|$)", RegexOptions.CultureInvariant)),
        (3, new Regex($"^([（(]{Digits}[）)])", RegexOptions.CultureInvariant)),
        (4, new Regex($"^([ア-ン])(?:{Space}+|$)", RegexOptions.CultureInvariant)),
        (5, new Regex($"^([（(][ア-ン][）)])", RegexOptions.CultureInvariant)),
        (6, new Regex($"^([a-zａ-ｚ])(?:{Space}+|$)", RegexOptions.CultureInvariant)),
        (7, new Regex($"^([（(][a-zａ-ｚ][）)])", RegexOptions.CultureInvariant)),
        (8, new Regex("^([①-⑳])", RegexOptions.CultureInvariant)),
    ];

    /// <summary>A recognised token: its rank (kind), the label as written and where the item's text starts.</summary>
    public readonly record struct Token(int Rank, string Label, int TextStart);

    /// <summary>Classifies the start of <paramref name="text"/>; null when it does not start with a numbering token.</summary>
    public static Token? Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || !MayOpenToken(text[0])) return null; // most lines: no pattern can match (issue 17)
        foreach (var (rank, pattern) in Patterns)
        {
            var m = pattern.Match(text);
            if (!m.Success) continue;
            var label = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
            var start = m.Length;
            while (start < text.Length && MarkupLine.IsSpace(text[start])) start++;
            if (start >= text.Length) return null; // a token with no text is not an item
            return new Token(rank, label, start);
        }
        return null;
    }

    /// <summary>Whether <paramref name="c"/> is a character some pattern of <see cref="Patterns"/> can start with.</summary>
    internal static bool MayOpenToken(char c) =>
        c is (>= 'Ⅰ' and <= 'Ⅻ') or '第' or (>= '0' and <= '9') or (>= '０' and <= '９') or '（' or '('
            or (>= 'ア' and <= 'ン') or (>= 'a' and <= 'z') or (>= 'ａ' and <= 'ｚ') or (>= '①' and <= '⑳');
}
