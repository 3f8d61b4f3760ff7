using System.Text;
using System.Text.RegularExpressions;

namespace Generator.Pdf.LineBreaking;

/// <summary>Splits text into clusters that a line break never enters: one full-width character, a run of half-width
/// letters and digits (「29」「03-0000-0000」), a run of full-width alphanumerics (「ＩＣＴ」), a doubled dash or leader
/// (「……」), or a document number (文書番号: 「30文科振第111号」「医政総発○第○号」「法律第28号」).</summary>
public static partial class TextClusterSplitter
{
    /// <summary>A document number 文書番号: an optional issuer prefix (digits or ○, up to eight kanji, digits or ○)
    /// followed by 第…号 (a year 「平成29年」 is no prefix: 「平成29年／法律第28号」 may break). One number is one token: 「医政総発○／第○号」 across two lines is misread as two numbers.</summary>
    [GeneratedRegex(@"\G(?:[0-9０-９○〇]*[\p{IsCJKUnifiedIdeographs}々-[年月日]]{1,8}[0-9０-９○〇]*)?第[0-9０-９○〇一二三四五六七八九十百千]+号",
        RegexOptions.CultureInvariant)]
    private static partial Regex DocumentNumber();

    /// <summary>The clusters of <paramref name="text"/> as (start, length) pairs in UTF-16 units, in order.</summary>
    /// <param name="text">The text to split.</param>
    /// <param name="documentNumbers">Whether a document number is one cluster (false: its pieces, for a number wider than a line).</param>
    public static List<(int Start, int Length)> Split(string text, bool documentNumbers = true)
    {
        var clusters = new List<(int, int)>(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var number = documentNumbers ? DocumentNumber().Match(text, i) : Match.Empty;
            if (number.Success)
            {
                i = ExtendCombining(text, i + number.Length);
                clusters.Add((start, i - start));
                continue;
            }
            var first = RuneAt(text, i, out var firstLength);
            i += firstLength;
            var cp = first.Value;
            if (JlreqCharacterClasses.IsNarrowRunCharacter(cp))
                i = Extend(text, i, JlreqCharacterClasses.IsNarrowRunCharacter);
            else if (JlreqCharacterClasses.IsFullWidthAlphanumeric(cp))
                i = Extend(text, i, JlreqCharacterClasses.IsFullWidthAlphanumeric);
            else if (JlreqCharacterClasses.IsInseparableWhenDoubled(cp))
                i = Extend(text, i, c => c == cp);
            i = ExtendCombining(text, i);
            clusters.Add((start, i - start));
        }
        return clusters;
    }

    /// <summary>Whether text[<paramref name="start"/>..+<paramref name="length"/>] is exactly one document number.</summary>
    public static bool IsDocumentNumber(string text, int start, int length)
    {
        var match = DocumentNumber().Match(text, start);
        return match.Success && match.Length == length;
    }

    private static int Extend(string text, int i, Func<int, bool> belongs)
    {
        while (i < text.Length)
        {
            var rune = RuneAt(text, i, out var length);
            if (!belongs(rune.Value)) break;
            i += length;
        }
        return i;
    }

    // Variation selectors and combining marks stay with the character they modify.
    private static int ExtendCombining(string text, int i)
    {
        while (i < text.Length)
        {
            var rune = RuneAt(text, i, out var length);
            var v = rune.Value;
            var combining = v is >= 0xFE00 and <= 0xFE0F or >= 0xE0100 and <= 0xE01EF or 0x3099 or 0x309A
                || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark;
            if (!combining) break;
            i += length;
        }
        return i;
    }

    /// <summary>The scalar value at <paramref name="index"/>; a lone surrogate reads as U+FFFD of length 1.</summary>
    internal static Rune RuneAt(string text, int index, out int length)
    {
        if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out length) != System.Buffers.OperationStatus.Done)
            length = Math.Max(length, 1);
        return rune;
    }
}
