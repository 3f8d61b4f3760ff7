using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Generator.Diagnostics;
using Generator.Docx.Layout;
using Generator.Docx.Packaging;
using Generator.Layout;
using Generator.Model;
using Generator.Writers;

namespace Generator.Docx;

/// <summary>
/// Writes a <see cref="Document"/> as a Word document (.docx): A4 with the document grid of
/// <see cref="PageLayoutOptions"/>, every block in a paragraph style of its own, deterministic bytes.
/// </summary>
public sealed class DocxWriter : IDocumentWriter
{
    private readonly DocxGeometry geometry;
    private readonly DocxWriterOptions writerOptions;

    /// <summary>Creates a writer for <paramref name="options"/>; null means <see cref="PageLayoutOptions.Default"/>.</summary>
    public DocxWriter(PageLayoutOptions? options = null)
        : this(new DocxWriterOptions { Layout = options })
    {
    }

    /// <summary>Creates a writer with a page layout and a fallback font for characters the body font lacks.</summary>
    public DocxWriter(DocxWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        writerOptions = options;
        Options = options.Layout ?? PageLayoutOptions.Default;
        geometry = new DocxGeometry(Options);
    }

    /// <summary>The page layout this writer uses.</summary>
    public PageLayoutOptions Options { get; }

    /// <inheritdoc />
    public string Format => "docx";

    /// <inheritdoc />
    public string Extension => "docx";

    /// <inheritdoc />
    public void Write(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var problems = XmlTextChecker.Check(document);
        if (problems.Count > 0) throw new GeneratorException(problems);

        using var package = new MemoryStream();
        using (var word = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document, autoSave: true))
        {
            var fallback = writerOptions.BodyFontCoverage is { } coverage ? new FallbackFontRuns(coverage, writerOptions.FallbackFontName) : null;
            PackageBuilder.Build(word, document, geometry, fallback);
        }
        DeterministicZip.Rewrite(package, output, document.Metadata.Timestamp);
    }
}
