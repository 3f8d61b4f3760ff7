using Generator.Diagnostics;
using Generator.Model;
using Generator.Pdf.Fonts;
using Generator.Pdf.Labels;
using Generator.Pdf.Layout;
using Generator.Pdf.LineBreaking;
using Generator.Pdf.Output;
using Generator.Writers;

namespace Generator.Pdf;

/// <summary>Writes a <see cref="Document"/> as PDF: JLREQ line breaking on the document grid, subset-embedded IPAex明朝,
/// searchable text in reading order, fixed metadata; the same document always gives the same bytes.</summary>
/// <remarks>Pipeline: <see cref="DocumentLayouter"/> (measure with <see cref="BlockMeasurer"/>, place with
/// <see cref="PagePlacer"/>) → <see cref="PdfBundleStream"/> (draw with <see cref="Drawing.PageDrawer"/> and write the file
/// object by object; a letter is a bundle of one), label sheets by <see cref="LabelSheetWriter"/>, the font is
/// found by <see cref="PdfFontLoader"/>. Thread-safe.</remarks>
public sealed class PdfWriter : IPagedDocumentWriter
{
    private readonly PdfWriterOptions options;
    private readonly Lazy<FontChain> font;
    private readonly ILineBreaker breaker;

    /// <summary>Creates a writer; the font is located on first use (<see cref="PdfWriterOptions.FontPath"/> or IPAex明朝).</summary>
    public PdfWriter(PdfWriterOptions? options = null)
    {
        this.options = options ?? PdfWriterOptions.Default;
        breaker = new JlreqLineBreaker(this.options.LineBreaking);
        font = new Lazy<FontChain>(() => PdfFontLoader.Load(this.options), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Loads the fonts now, so that the first document written does not wait for them: a front end calls it on a
    /// thread of its own while it reads its inputs (the font file, ~10 ms, then overlaps reading the recipients). For
    /// <paramref name="manyDocuments"/> (a batch) it also prepares the body font for repeated subsetting (HarfBuzz, 15–20 ms
    /// for IPAex明朝; each letter's subset then takes ~0.1 ms instead of ~1 ms); a single document is subset from the font
    /// as it is, to the same bytes, and never pays for it. Fonts are kept per process, so every writer of the same fonts
    /// finds them ready.</summary>
    /// <exception cref="GeneratorException">No font was found; the same error reaches whoever uses the writer.</exception>
    public void Prepare(bool manyDocuments = false)
    {
        var subsetter = font.Value.Primary.Subsetter;
        if (manyDocuments) subsetter.Preprocess();
    }

    /// <inheritdoc />
    public string Format => "pdf";

    /// <inheritdoc />
    public string Extension => "pdf";

    /// <summary>The characters the PDF can draw — the body font's and those of the fallback fonts (IPAmj明朝); lets a batch
    /// check every document before writing any.</summary>
    /// <exception cref="GeneratorException">No font was found.</exception>
    public IGlyphCoverage GlyphCoverage => font.Value.Coverage;

    /// <summary>The characters the body font alone can draw (IPAex明朝 or <see cref="PdfWriterOptions.FontPath"/>): a character
    /// outside it is drawn with a fallback font (IPAmj明朝), which the DOCX writer can name for those runs.</summary>
    /// <exception cref="GeneratorException">No font was found.</exception>
    public IGlyphCoverage PrimaryFontCoverage => font.Value.Primary.Coverage;

    /// <inheritdoc />
    public void Write(Document document, Stream output) => WritePaged(document, output);

    /// <inheritdoc />
    public int WritePaged(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new SingleDocumentWriter(options, breaker, font.Value).Write(document, output);
    }

    /// <summary>Writes <paramref name="document"/> as <see cref="WritePaged"/> does (the same bytes) and hands back what it drew:
    /// each page's compressed content, fonts and images, and the characters drawn — a print bundle of a batch takes them
    /// (<see cref="PdfBundleStream.TryAdd"/>) instead of laying the letter out again. The page count is <see cref="DrawnPages.PageCount"/>.</summary>
    /// <exception cref="GeneratorException">The document has a character no font has, or no font was found.</exception>
    public DrawnPages WriteKeepingPages(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new SingleDocumentWriter(options, breaker, font.Value).WriteKeepingPages(document, output);
    }

    /// <summary>Writes several documents one after another into one PDF (a print bundle), each with its own page numbers,
    /// one embedded font subset for all; <paramref name="metadata"/> describes the bundle. Every document is checked before
    /// anything is written; the pages then go to <paramref name="output"/> one by one (<see cref="BeginBundle"/>). Returns the page count.</summary>
    /// <exception cref="GeneratorException">A document has a character the font lacks, or no font was found.</exception>
    /// <param name="documents">The documents, in print order.</param>
    /// <param name="metadata">Properties of the bundle.</param>
    /// <param name="output">Where the PDF goes.</param>
    /// <param name="cancellationToken">Stops between documents.</param>
    public int WriteBundle(IReadOnlyList<Document> documents, DocumentMetadata metadata, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        MissingGlyphGuard.ThrowIfAny(documents, GlyphCoverage);
        var bundle = BeginBundle(output);
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bundle.Add(document);
        }
        return bundle.Finish(metadata);
    }

    /// <summary>Starts a print bundle written to <paramref name="output"/> as documents are added to it
    /// (<see cref="PdfBundleStream.Add(Document)"/>, then <see cref="PdfBundleStream.Finish"/>): memory stays flat for any number of letters.</summary>
    /// <exception cref="GeneratorException">No font was found, or the letterhead has a character no font has.</exception>
    public PdfBundleStream BeginBundle(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return new PdfBundleStream(options, breaker, font.Value, output);
    }

    /// <summary>Starts the PDF of one letter and writes <paramref name="document"/>'s pages, as <see cref="Write"/> would, for
    /// other PDFs' pages to follow (its 別添: <see cref="PdfBundleStream.AddPdf"/>, then <see cref="PdfBundleStream.Finish"/>
    /// with the document's metadata). Like a letter written alone, its template's glyphs lead each font subset
    /// (<see cref="Document.TemplateCharacters"/>), which a print bundle's do not.</summary>
    /// <exception cref="GeneratorException">The document has a character no font has, or no font was found.</exception>
    public PdfBundleStream BeginLetter(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        return new SingleDocumentWriter(options, breaker, font.Value).Begin(document, output);
    }

    /// <summary>Address labels (宛名ラベル) on A4 sheets, 12 per sheet by default; returns the number of sheets.</summary>
    /// <exception cref="GeneratorException">A label has a character the font lacks, or no font was found.</exception>
    public int WriteLabels(IReadOnlyList<AddressLabel> labels, string identifier, Stream output, LabelSheetOptions? sheet = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return new LabelSheetWriter(options.Layout, breaker, font.Value).Write(labels, identifier, output, sheet ?? LabelSheetOptions.Default);
    }

    /// <summary>The text lines of <paramref name="document"/> page by page, exactly as the PDF draws them (footer last).</summary>
    /// <remarks>Lines sharing a baseline (table cells) are joined by a space, as <c>pdftotext -raw</c> prints them.</remarks>
    /// <exception cref="GeneratorException">No font was found.</exception>
    public IReadOnlyList<IReadOnlyList<string>> PageLines(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [.. Layout(document).Pages.Select(page => (IReadOnlyList<string>)[.. TextLineJoiner.Join(page)])];
    }

    /// <summary>Measures and paginates <paramref name="document"/> without drawing (for tests and the text export).</summary>
    internal DocumentLayout Layout(Document document) => new DocumentLayouter(options, breaker, font.Value).Lay(document);

}
