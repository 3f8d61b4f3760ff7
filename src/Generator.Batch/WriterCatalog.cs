using Generator.Docx;
using Generator.Pdf;
using Generator.Writers;
using Generator.Writers.Text;

namespace Generator.Batch;

/// <summary>The output formats Generator offers, by name: the one place a new document writer is registered.</summary>
public static class WriterCatalog
{
    /// <summary>Document formats (a writer each), in the order they are listed in help.</summary>
    public static IReadOnlyList<string> DocumentFormats { get; } = ["txt", "docx", "pdf"];

    /// <summary>All format names for render: the document formats and markup.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. DocumentFormats, "markup"];

    /// <summary>Parses a comma-separated format list such as <c>txt,docx,pdf</c>; null with a message when a name is unknown.</summary>
    public static IReadOnlyList<string>? ParseList(string list, out string problem, bool documentsOnly = false)
    {
        var allowed = documentsOnly ? DocumentFormats : Names;
        problem = "";
        var names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.ToLowerInvariant()).Distinct().ToList();
        var unknown = names.Where(n => !allowed.Contains(n)).ToList();
        if (names.Count == 0 || unknown.Count > 0)
        {
            problem = $"unknown format '{string.Join(",", unknown)}'; choose from {string.Join(", ", allowed)}";
            return null;
        }
        return names;
    }

    /// <summary>Glyph coverage of the default PDF font, or null when no PDF writer is available.</summary>
    public static IGlyphCoverage? DefaultGlyphCoverage(string? fontPath = null) =>
        new PdfWriter(new PdfWriterOptions { FontPath = fontPath }).GlyphCoverage;

    /// <summary>The body font's characters, for the DOCX writer to name IPAmj明朝 on the others (MJ文字 such as 𠮷): the PDF
    /// font's, the same 明朝 by default; none (no fallback) where no PDF font is found, as a DOCX needs no font file.</summary>
    private static IGlyphCoverage? BodyFontCoverage(WriterSettings settings)
    {
        try
        {
            return new PdfWriter(new PdfWriterOptions { FontPath = settings.FontPath }).PrimaryFontCoverage;
        }
        catch (Generator.Diagnostics.GeneratorException)
        {
            return null;
        }
    }

    /// <summary>Creates the writer for a document format (not for <c>markup</c>, which is written before parsing).</summary>
    public static IDocumentWriter Create(string name, WriterSettings settings) => name switch
    {
        "txt" => new PlainTextWriter(),
        "docx" => new DocxWriter(new DocxWriterOptions { Layout = settings.Layout, BodyFontCoverage = BodyFontCoverage(settings) }),
        "pdf" => new PdfWriter(new PdfWriterOptions { FontPath = settings.FontPath, Layout = settings.Layout }),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such writer"),
    };
}
