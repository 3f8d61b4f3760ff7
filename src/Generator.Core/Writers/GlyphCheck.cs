using System.Globalization;
using System.Text;
using Generator.Diagnostics;
using Generator.Model;

namespace Generator.Writers;

/// <summary>Finds characters a font cannot draw, naming each one, its code point and the template line that wrote it.</summary>
public static class GlyphCheck
{
    /// <summary>One diagnostic per missing character and block; empty when the font covers the whole document.</summary>
    public static IReadOnlyList<Diagnostic> Find(Document document, IGlyphCoverage coverage, string? recipient = null)
    {
        var found = new List<Diagnostic>();
        foreach (var block in document.Blocks)
        {
            var reported = new HashSet<int>();
            foreach (var text in BlockText.Of(block))
            {
                foreach (var rune in text.EnumerateRunes())
                {
                    if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || coverage.Covers(rune.Value) || !reported.Add(rune.Value)) continue;
                    var p = block.Position;
                    var code = string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}");
                    found.Add(new Diagnostic(p.TemplateFile ?? "markup", p.TemplateFile is null ? p.Line : p.TemplateLine, 0,
                        $"The character '{rune}' ({code}) is not in the PDF font {coverage.FontDescription}; it appears in 「{Excerpt(text, rune)}」.",
                        "Replace it in the data with a character the font has (e.g. 髙→高 only if the body agrees), or give a font that has it with --font.",
                        recipient));
                }
            }
        }
        return found;
    }

    private static string Excerpt(string text, Rune rune)
    {
        var at = text.IndexOf(rune.ToString(), StringComparison.Ordinal);
        var start = Math.Max(0, at - 8);
        var length = Math.Min(text.Length - start, 20);
        return text.Substring(start, length);
    }
}
