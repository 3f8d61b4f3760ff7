using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Writers;

namespace Generator.Docx.Packaging;

/// <summary>
/// Names a fallback font (IPAmj明朝) on the characters the body font lacks: a run holding 「𠮷田」 becomes a run 「𠮷」 with
/// <c>w:rFonts w:ascii/w:hAnsi/w:eastAsia</c> = the fallback and <c>w:hint="eastAsia"</c> (Word treats a character of CJK
/// Extension B as East Asian only with the hint), and a run 「田」 as before. Word and LibreOffice then draw the name in a
/// font that has it instead of a tofu box or a font of their own choosing.
/// </summary>
/// <remarks>One instance serves letters written in parallel: its only state, which characters of the Basic Multilingual
/// Plane the body font covers, is made once (every character of every letter is looked up: a bit is much cheaper than
/// the font's table, issue 17). fontTable.xml does not list the fallback (it is the same for every letter of a run;
/// Word and LibreOffice use a font a run names without an entry).</remarks>
internal sealed class FallbackFontRuns(IGlyphCoverage bodyFont, string fallbackFont)
{
    /// <summary>Bit c set: the body font covers U+c (c below 0x10000); made on first use.</summary>
    private readonly Lazy<ulong[]> coveredBmp = new(() => CoveredBmp(bodyFont), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Splits every run under <paramref name="root"/> that holds a character the body font lacks.</summary>
    public void Apply(OpenXmlElement root)
    {
        foreach (var run in root.Descendants<Run>().Where(HasLacking).ToList())
        {
            foreach (var piece in Split(run)) run.InsertBeforeSelf(piece);
            run.Remove();
        }
    }

    /// <summary>Whether a text of <paramref name="run"/> holds a character the body font lacks (a plain loop: this runs
    /// over every character of every letter).</summary>
    private bool HasLacking(Run run)
    {
        for (var child = run.FirstChild; child is not null; child = child.NextSibling())
        {
            if (child is not Text text) continue;
            foreach (var rune in text.Text.EnumerateRunes())
                if (Lacks(rune)) return true;
        }
        return false;
    }

    private bool Lacks(Rune rune) => rune.Value > ' ' && !IsAttached(rune) && !Covers(rune.Value);

    private bool Covers(int codePoint) => codePoint < 0x10000
        ? (coveredBmp.Value[codePoint >> 6] & 1UL << (codePoint & 63)) != 0
        : bodyFont.Covers(codePoint);

    private static ulong[] CoveredBmp(IGlyphCoverage font)
    {
        var bits = new ulong[0x10000 / 64];
        for (var c = 0; c < 0x10000; c++)
        {
            // a rune is never a surrogate: those are not asked
            if (!char.IsSurrogate((char)c) && font.Covers(c)) bits[c >> 6] |= 1UL << (c & 63);
        }
        return bits;
    }

    /// <summary>The run as consecutive runs of body-font and fallback-font text; tabs stay where they were.</summary>
    private List<Run> Split(Run run)
    {
        var pieces = new List<Run>();
        Run? current = null;
        var currentFallback = false;
        foreach (var child in run.ChildElements.Where(c => c is not RunProperties))
        {
            if (child is not Text text)
            {
                current ??= Add(pieces, run, fallback: false);
                current.Append(child.CloneNode(true));
                continue;
            }
            foreach (var (segment, fallback) in Segments(text.Text))
            {
                if (current is null || currentFallback != fallback)
                {
                    current = Add(pieces, run, fallback);
                    currentFallback = fallback;
                }
                var piece = new Text(segment);
                if (segment[0] == ' ' || segment[^1] == ' ') piece.Space = SpaceProcessingModeValues.Preserve;
                current.Append(piece);
            }
        }
        return pieces;
    }

    /// <summary>The text cut where it passes between characters the body font has and characters it lacks; a variation
    /// selector (an IVS of an MJ文字) and a document number's word joiner, which no font draws, stay with the character before it.</summary>
    private IEnumerable<(string Text, bool Fallback)> Segments(string text)
    {
        var segment = new StringBuilder();
        var fallback = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var lacks = IsAttached(rune) ? fallback : Lacks(rune);
            if (segment.Length > 0 && lacks != fallback)
            {
                yield return (segment.ToString(), fallback);
                segment.Clear();
            }
            fallback = lacks;
            segment.Append(rune.ToString());
        }
        if (segment.Length > 0) yield return (segment.ToString(), fallback);
    }

    /// <summary>A new run with <paramref name="original"/>'s properties, naming the fallback font when <paramref name="fallback"/>.</summary>
    private Run Add(List<Run> pieces, Run original, bool fallback)
    {
        var properties = (RunProperties?)original.RunProperties?.CloneNode(true) ?? new RunProperties();
        if (fallback)
        {
            var fonts = properties.RunFonts ?? properties.PrependChild(new RunFonts());
            fonts.Ascii = fallbackFont;
            fonts.HighAnsi = fallbackFont;
            fonts.EastAsia = fallbackFont;
            fonts.Hint = FontTypeHintValues.EastAsia;
        }
        var run = new Run(properties);
        pieces.Add(run);
        return run;
    }

    private static bool IsAttached(Rune rune) =>
        rune.Value is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF) or Blocks.UnbreakableNumbers.Joiner;
}
