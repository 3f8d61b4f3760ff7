using System.Text.RegularExpressions;

namespace Generator.Layout;

/// <summary>Document numbers 文書番号 in running text (「30文科振第111号」「医政総発○第○号」「法律第28号」): each is one token
/// that no writer breaks across lines (issue 14: 「医政総発○／第○号」 across two lines reads as two numbers). The PDF line
/// breaker keeps a number in one cluster; the DOCX writer joins its characters with WORD JOINERs so that Word and
/// LibreOffice keep it whole too. A number wider than a whole line is the one exception, broken by the layout.</summary>
public static partial class DocumentNumbers
{
    /// <summary>An optional issuer prefix (digits or ○, up to eight kanji other than 年月日, digits or ○) followed by
    /// 第…号. A year is no prefix: 「平成29年／法律第28号」 may break.</summary>
    [GeneratedRegex(@"(?:[0-9０-９○〇]*[\p{IsCJKUnifiedIdeographs}々-[年月日]]{1,8}[0-9０-９○〇]*)?第[0-9０-９○〇一二三四五六七八九十百千]+号",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The document numbers of <paramref name="text"/> as (start, length) pairs in UTF-16 units, left to right,
    /// never overlapping (each the longest that starts leftmost).</summary>
    public static IReadOnlyList<(int Start, int Length)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('第')) return [];
        return [.. Pattern().Matches(text).Select(m => (m.Index, m.Length))];
    }
}
