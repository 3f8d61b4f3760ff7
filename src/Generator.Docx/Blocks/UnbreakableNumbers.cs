using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Layout;

namespace Generator.Docx.Blocks;

/// <summary>
/// Keeps a document number 文書番号 (「医政総発○第○号」, <see cref="DocumentNumbers"/>) on one line in Word and LibreOffice,
/// as the PDF writer does (issue 14): the number gets a run of its own, with U+2060 WORD JOINER between its characters
/// and the East Asian language <c>zxx</c> (no linguistic content).
/// </summary>
/// <remarks>
/// Word has no "keep together" for CJK text; an invisible no-break joiner is the only means. Tried in LibreOffice 7.4:
/// <list type="bullet">
/// <item>LibreOffice breaks Japanese text (a run of language ja) between any two characters but those of its 禁則 lists,
/// ignoring every joiner: U+2060, U+200D and U+FEFF alike; and it does not read Word's own lists
/// (<c>w:noLineBreaksBefore/After</c>).</item>
/// <item>With a language that is not Chinese, Japanese or Korean it breaks by the Unicode line breaking rules (UAX #14),
/// which forbid a break at U+2060 WORD JOINER: the number stays whole. <c>zxx</c> also keeps the number from spell checking.</item>
/// <item>U+200D ZERO WIDTH JOINER (which Word's 「幅なし非改行」 special character may store) did not keep it whole
/// and stays in the text of LibreOffice's PDF (search for 「医政総発」 then fails); U+2060 is drawn as nothing and is
/// left out of that text.</item>
/// </list>
/// U+2060 is Unicode's character for exactly this (UAX #14 class WJ), so the one most likely to hold in Word as well
/// (unverified: no Word here). The joiners are only in the DOCX: the text, mail and PDF outputs carry the number as
/// written. See docs/docx.md, "Document numbers".
/// </remarks>
internal static class UnbreakableNumbers
{
    /// <summary>U+2060 WORD JOINER: no width, no break on either side.</summary>
    public const char Joiner = '\u2060';

    /// <summary>The East Asian language of a number's run: ISO 639 "no linguistic content".</summary>
    public const string NoLanguage = "zxx";

    /// <summary>The runs of <paramref name="text"/>: plain text as one run, each document number as a joined run of its own.</summary>
    public static IEnumerable<Run> Runs(string text, Func<string, Run> run)
    {
        var at = 0;
        foreach (var (start, length) in DocumentNumbers.Find(text))
        {
            if (start > at) yield return run(text[at..start]);
            var number = run(Join(text.Substring(start, length)));
            number.RunProperties!.Append(new Languages { EastAsia = NoLanguage });
            yield return number;
            at = start + length;
        }
        if (at < text.Length || at == 0) yield return run(text[at..]);
    }

    /// <summary><paramref name="number"/> with a joiner between each two of its characters (a character and the marks
    /// that modify it stay one).</summary>
    public static string Join(string number)
    {
        var joined = new StringBuilder(number.Length * 2);
        var elements = StringInfo.GetTextElementEnumerator(number);
        while (elements.MoveNext())
        {
            if (joined.Length > 0) joined.Append(Joiner);
            joined.Append(elements.GetTextElement());
        }
        return joined.ToString();
    }
}
