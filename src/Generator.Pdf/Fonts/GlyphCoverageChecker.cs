using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Generator.Diagnostics;
using Generator.Model;
using Generator.Writers;

namespace Generator.Pdf.Fonts;

/// <summary>Refuses a document with a character the font cannot draw: one diagnostic per missing character and block.</summary>
public static class GlyphCoverageChecker
{
    private static readonly DocumentMetadata NoMetadata = new("", "", "", null, "");

    /// <summary>The problems of <paramref name="document"/> against <paramref name="coverage"/>; empty when every character is covered.</summary>
    public static IReadOnlyList<Diagnostic> Check(Document document, IGlyphCoverage coverage)
    {
        var problems = new List<Diagnostic>();
        foreach (var block in document.Blocks)
        {
            var reported = new HashSet<int>();
            // Document.AllText knows which strings each block prints; ask it for this block alone
            foreach (var text in new Document(NoMetadata, ImmutableArray.Create(block)).AllText())
            {
                foreach (var rune in text.EnumerateRunes())
                {
                    if (Rune.IsControl(rune) || coverage.Covers(rune.Value) || !reported.Add(rune.Value)) continue;
                    problems.Add(Missing(rune, block.Position, coverage));
                }
            }
        }
        return problems;
    }

    private static Diagnostic Missing(Rune rune, SourcePosition position, IGlyphCoverage coverage)
    {
        var file = position.TemplateFile ?? "markup";
        var line = position.TemplateFile is not null ? position.TemplateLine : position.Line;
        var code = "U+" + rune.Value.ToString("X4", CultureInfo.InvariantCulture);
        return new Diagnostic(file, line, 0,
            $"The font {coverage.FontDescription} has no glyph for '{rune}' ({code}) in the block at {position}.",
            $"Replace {code} with a character the font has (e.g. a common form of the kanji, or words for an emoji), or pass --font with a TrueType font that has it.");
    }
}
