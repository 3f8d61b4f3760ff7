using System.Globalization;
using System.Text;
using Generator.Diagnostics;
using Generator.Layout;
using Generator.Writers;

namespace Generator.Pdf.Fonts;

/// <summary>Refuses a letterhead line with a character the PDF font cannot draw, as <see cref="MissingGlyphGuard"/> does for the document.</summary>
internal static class LetterheadGlyphGuard
{
    /// <exception cref="GeneratorException">A letterhead line has a character <paramref name="coverage"/> lacks.</exception>
    public static void ThrowIfAny(Letterhead? letterhead, IGlyphCoverage coverage)
    {
        if (letterhead is null) return;
        var problems = new List<Diagnostic>();
        var reported = new HashSet<int>();
        foreach (var line in letterhead.Lines)
        foreach (var rune in line.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || coverage.Covers(rune.Value) || !reported.Add(rune.Value)) continue;
            problems.Add(new Diagnostic(letterhead.Source, 0, 0,
                $"The letterhead character '{rune}' (U+{rune.Value.ToString("X4", CultureInfo.InvariantCulture)}) is not in the PDF font {coverage.FontDescription}; it appears in 「{line}」.",
                "Replace it in the letterhead lines, or give a font that has it with --font."));
        }
        if (problems.Count > 0) throw new GeneratorException(problems);
    }
}
