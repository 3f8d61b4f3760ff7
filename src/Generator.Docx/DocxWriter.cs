using DocumentFormat.OpenXml;
using Generator.Diagnostics;
using Generator.Docx.Layout;
using Generator.Docx.Packaging;
using Generator.IO;
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
    private readonly SharedParts shared;
    private readonly CorePropertiesPart core = new();
    private readonly FallbackFontRuns? fallback;

    /// <summary>Creates a writer for <paramref name="options"/>; null means <see cref="PageLayoutOptions.Default"/>.</summary>
    public DocxWriter(PageLayoutOptions? options = null)
        : this(new DocxWriterOptions { Layout = options })
    {
    }

    /// <summary>Creates a writer with a page layout and a fallback font for characters the body font lacks.</summary>
    public DocxWriter(DocxWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Layout ?? PageLayoutOptions.Default;
        geometry = new DocxGeometry(Options);
        fallback = options.BodyFontCoverage is { } coverage ? new FallbackFontRuns(coverage, options.FallbackFontName) : null;
        shared = new SharedParts(geometry, fallback);
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

        // the parts every letter shares are deflated once per writer; only document.xml (and core.xml when the
        // metadata change) are made here
        var invariants = LetterInvariants.Of(document, Options);
        var common = shared.For(invariants);
        var entries = new List<DeflatedEntry>(common.Count + 2)
        {
            MainDocumentEntry(PackageBuilder.MainDocument(document, invariants.Outline, geometry, fallback)),
            core.For(document.Metadata),
        };
        entries.AddRange(common);
        DeterministicZip.Write(entries, document.Metadata.Timestamp, output);
    }

    // document.xml is written into a buffer the thread keeps for its next letter (a new 32 KB stream and a copy of its
    // bytes were 42 KB of each letter's allocations; issue 17); a very long document's buffer is not kept
    private static readonly ScratchBuffer DocumentXml = new(32 * 1024, 1024 * 1024);

    /// <summary>document.xml, as the SDK saves a part's root element, deflated.</summary>
    private static DeflatedEntry MainDocumentEntry(OpenXmlPartRootElement root)
    {
        var xml = DocumentXml.Rent();
        root.Save(xml);
        return DeflatedEntry.Of(PackageBuilder.MainDocumentName, xml.GetBuffer().AsSpan(0, (int)xml.Length));
    }
}
