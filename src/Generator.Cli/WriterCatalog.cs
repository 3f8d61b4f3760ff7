using Generator.Batch;
using Generator.Docx;
using Generator.HouseStyle;
using Generator.Layout;
using Generator.Cli.Mail;
using Generator.Pdf;
using Generator.Pdf.Batch;
using Generator.Writers;
using Generator.Writers.Text;

namespace Generator.Cli;

/// <summary>The output formats the CLI offers, by name.</summary>
internal static class WriterCatalog
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

    /// <summary>Whole-run outputs for a batch: combined print PDF and address labels (with pdf), e-mail drafts (with --eml).</summary>
    public static IReadOnlyList<IBatchArtifactWriter> Artifacts(string template, IReadOnlyList<string> formats, WriterSettings settings,
        bool print, bool eml, IReadOnlyDictionary<string, object?> notice)
    {
        if (!formats.Contains("pdf")) return [];
        var pdf = new PdfWriter(new PdfWriterOptions { FontPath = settings.FontPath });
        var artifacts = new List<IBatchArtifactWriter> { new AddressLabelBatchWriter(pdf, template) };
        if (print) artifacts.Insert(0, new PrintBundleWriter(settings.Style is null ? pdf : (PdfWriter)Create("pdf", settings), template));
        if (eml) artifacts.Add(new EmlDraftWriter(notice.TryGetValue("mail_from", out var from) ? from?.ToString() : null));
        return artifacts;
    }

    /// <summary>Creates the writer for a document format (not for <c>markup</c>, which is written before parsing).</summary>
    public static IDocumentWriter Create(string name, WriterSettings settings) => name switch
    {
        "txt" => new PlainTextWriter(),
        "docx" => new DocxWriter(settings.Layout),
        "pdf" => new PdfWriter(new PdfWriterOptions { FontPath = settings.FontPath, Layout = settings.Layout }),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such writer"),
    };
}

/// <summary>Settings for writers that come from the command line (e.g. --font).</summary>
/// <param name="FontPath">--font: the PDF's TrueType file, or null.</param>
/// <param name="EastAsianFont">--docx-font, or null.</param>
/// <param name="LatinFont">--docx-latin-font, or null.</param>
/// <param name="Style">The resolved house style (--style, --reference-docx, notice's style:); null for the built-in one.</param>
internal sealed record WriterSettings(string? FontPath, string? EastAsianFont = null, string? LatinFont = null, PageLayoutOptions? Style = null)
{
    /// <summary>What the output depends on besides the document: the PDF font file (path and content hash) and the DOCX font names.</summary>
    public string Fingerprint()
    {
        var font = FontPath is not null && File.Exists(FontPath)
            ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(FontPath)))
            : "default";
        return $"font={FontPath}:{font};docx={Layout.EastAsianFontName}/{Layout.LatinFontName}"
            + (Style is null ? "" : $";style={HouseStyleResolver.Describe(Style)}");
    }

    /// <summary>The page layout with the DOCX font names given on the command line.</summary>
    public PageLayoutOptions Layout => (Style ?? PageLayoutOptions.Default) with
    {
        EastAsianFontName = string.IsNullOrWhiteSpace(EastAsianFont) ? (Style ?? PageLayoutOptions.Default).EastAsianFontName : EastAsianFont,
        LatinFontName = string.IsNullOrWhiteSpace(LatinFont) ? (Style ?? PageLayoutOptions.Default).LatinFontName : LatinFont,
    };
}
