using System.Text.RegularExpressions;

namespace Generator.Layout;

/// <summary>Document numbers 文書番号 in running text (「30文科振第111号」「医政総発○第○号」「法律第28号」): each is one token
/// that no writer breaks across lines (issue 14: 「医政総発○／第○号」 across two lines reads as two numbers). The PDF line
/// breaker keeps a number in one cluster; the DOCX writer joins its characters with WORD JOINERs so that Word and
/// LibreOffice keep it whole too. A number wider than a whole line is the one exception, broken by the layout.</summary>
public static partial class DocumentNumbers
{
    /// <summary>The pattern of a number: an optional issuer prefix (digits or ○, up to eight kanji other than 年月日,
    /// digits or ○) followed by 第…号. A year is no prefix: 「平成29年／法律第28号」 may break.</summary>
    internal const string PatternText =
        @"(?:[0-9０-９○〇]*[\p{IsCJKUnifiedIdeographs}々-[年月日]]{1,8}[0-9０-９○〇]*)?第[0-9０-９○〇一二三四五六七八九十百千]+号";

    [GeneratedRegex(PatternText, RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The document numbers of <paramref name="text"/> as (start, length) pairs in UTF-16 units, left to right,
    /// never overlapping (each the longest that starts leftmost).</summary>
    /// <remarks>Every character of a number is a digit, ○/〇, 々 or a kanji, so a number lies inside one run of such
    /// characters. Only the runs that hold a 「第」 with a 「号」 after it are given to the pattern (the pattern has no
    /// anchors or look-arounds, so it finds in a run what it finds there in the whole text); the rest of the text — most
    /// lines, and the kana between the kanji of the others — is passed over with a character test.</remarks>
    public static IReadOnlyList<(int Start, int Length)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.IndexOf('第');
        if (at < 0) return [];
        List<(int Start, int Length)>? found = null;
        var searched = 0; // text before this is done: a run ended there
        while (at >= 0)
        {
            var start = at;
            while (start > searched && MayBeInNumber(text[start - 1])) start--;
            var end = at + 1;
            while (end < text.Length && MayBeInNumber(text[end])) end++;
            if (text.AsSpan(at, end - at).Contains('号'))
            {
                foreach (var match in Pattern().EnumerateMatches(text.AsSpan(start, end - start)))
                    (found ??= []).Add((start + match.Index, match.Length));
            }
            searched = end;
            at = end < text.Length ? text.IndexOf('第', end) : -1;
        }
        return found is null ? [] : found;
    }

    /// <summary>Whether <paramref name="c"/> may be part of a number: a digit, ○, 〇, 々 or a CJK unified ideograph.</summary>
    private static bool MayBeInNumber(char c) =>
        c is (>= '0' and <= '9') or (>= '０' and <= '９') or '○' or '〇' or '々' or (>= '\u4E00' and <= '\u9FFF');
}
