using System.Text;
using Generator.Layout;

namespace Generator.Pdf.LineBreaking;

/// <summary>Splits text into clusters that a line break never enters: one full-width character, a run of half-width
/// letters and digits (「29」「03-0000-0000」), a run of full-width alphanumerics (「ＩＣＴ」), a doubled dash or leader
/// (「……」), or a document number (文書番号, as <see cref="DocumentNumbers"/> finds them: 「30文科振第111号」「医政総発○第○号」「法律第28号」).</summary>
public static class TextClusterSplitter
{
    /// <summary>The clusters of <paramref name="text"/> as (start, length) pairs in UTF-16 units, in order.</summary>
    /// <param name="text">The text to split.</param>
    /// <param name="documentNumbers">Whether a document number is one cluster (false: its pieces, for a number wider than a line).</param>
    public static List<(int Start, int Length)> Split(string text, bool documentNumbers = true)
    {
        var clusters = new List<(int, int)>(text.Length);
        SplitInto(text, clusters, documentNumbers);
        return clusters;
    }

    /// <summary>Puts the clusters of <paramref name="text"/> into <paramref name="clusters"/> (cleared first): the layout
    /// splits every line into a list it keeps, so that splitting allocates nothing once the list has grown (issue 17).</summary>
    internal static void SplitInto(string text, List<(int Start, int Length)> clusters, bool documentNumbers = true)
    {
        clusters.Clear();
        var numbers = documentNumbers ? DocumentNumbers.Find(text) : [];
        var next = 0;
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (next < numbers.Count && numbers[next].Start < i) next++;
            var numberStart = next < numbers.Count ? numbers[next].Start : text.Length;
            if (i == numberStart)
            {
                i = ExtendCombining(text, i + numbers[next++].Length);
                clusters.Add((start, i - start));
                continue;
            }
            var first = RuneAt(text, i, out var firstLength);
            i += firstLength;
            var cp = first.Value;
            // a run ends where a document number begins: 「ABC30文科振第1号」 is 「ABC」 and the number
            // static lambdas with the first character passed in: no closure allocated per character (issue 17)
            if (JlreqCharacterClasses.IsNarrowRunCharacter(cp))
                i = Extend(text, i, numberStart, static (c, _) => JlreqCharacterClasses.IsNarrowRunCharacter(c), cp);
            else if (JlreqCharacterClasses.IsFullWidthAlphanumeric(cp))
                i = Extend(text, i, numberStart, static (c, _) => JlreqCharacterClasses.IsFullWidthAlphanumeric(c), cp);
            else if (JlreqCharacterClasses.IsInseparableWhenDoubled(cp))
                i = Extend(text, i, numberStart, static (c, opening) => c == opening, cp);
            i = ExtendCombining(text, i);
            clusters.Add((start, i - start));
        }
    }

    /// <summary>Extends a run from <paramref name="i"/> while its characters belong with the run's <paramref name="first"/>.</summary>
    private static int Extend(string text, int i, int limit, Func<int, int, bool> belongs, int first)
    {
        while (i < limit)
        {
            var rune = RuneAt(text, i, out var length);
            if (!belongs(rune.Value, first)) break;
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
