using Generator.Diagnostics;
using Generator.Model;
using Generator.Writers;

namespace Generator.Pdf.Fonts;

/// <summary>Refuses documents with a character the font lacks before anything is laid out or drawn (never a blank glyph).</summary>
internal static class MissingGlyphGuard
{
    /// <summary>Throws one diagnostic per missing character and block of <paramref name="documents"/>.</summary>
    /// <exception cref="GeneratorException">A document has a character <paramref name="coverage"/> lacks.</exception>
    public static void ThrowIfAny(IEnumerable<Document> documents, IGlyphCoverage coverage)
    {
        var problems = documents.SelectMany(d => GlyphCheck.Find(d, coverage)).ToList();
        if (problems.Count > 0) throw new GeneratorException(problems);
    }
}
