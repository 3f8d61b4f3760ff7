using Generator.Diagnostics;
using Generator.IO;
using Generator.Layout;
using Generator.Model;
using Generator.Pdf.Drawing;
using Generator.Pdf.Fonts;
using Generator.Pdf.Labels;
using Generator.Pdf.Layout;
using Generator.Pdf.LineBreaking;
using Generator.Pdf.Metadata;
using Generator.Pdf.Output;
using Generator.Writers;
using PdfSharp.Pdf;

namespace Generator.Pdf;

/// <summary>Writes a <see cref="Document"/> as PDF: JLREQ line breaking on the document grid, subset-embedded IPAex明朝,
/// searchable text in reading order, fixed metadata; the same document always gives the same bytes.</summary>
/// <remarks>Pipeline: <see cref="BlockMeasurer"/> (measure) → <see cref="PagePlacer"/> (paginate) → <see cref="PageDrawer"/> (draw). Thread-safe.</remarks>
public sealed class PdfWriter : IPagedDocumentWriter
{
    private readonly PdfWriterOptions options;
    private readonly Lazy<LoadedFont> font;
    private readonly ILineBreaker breaker;

    /// <summary>Creates a writer; the font is located on first use (<see cref="PdfWriterOptions.FontPath"/> or IPAex明朝).</summary>
    public PdfWriter(PdfWriterOptions? options = null)
    {
        this.options = options ?? PdfWriterOptions.Default;
        breaker = new JlreqLineBreaker(this.options.LineBreaking);
        font = new Lazy<LoadedFont>(LoadFont, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <inheritdoc />
    public string Format => "pdf";

    /// <inheritdoc />
    public string Extension => "pdf";

    /// <summary>The characters the PDF font can draw; lets a batch check every document before writing any.</summary>
    /// <exception cref="GeneratorException">No font was found.</exception>
    public IGlyphCoverage GlyphCoverage => font.Value.Coverage;

    /// <summary>The line breaker used for every block (also what a line-broken text export should use).</summary>
    public ILineBreaker LineBreaker => breaker;

    /// <inheritdoc />
    public void Write(Document document, Stream output) => WritePaged(document, output);

    /// <inheritdoc />
    public int WritePaged(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        return WriteDocuments([document], document, output);
    }

    /// <summary>Writes several documents one after another into one PDF (a print bundle), each with its own page numbers,
    /// one embedded font subset for all; <paramref name="metadata"/> describes the bundle. Returns the page count.</summary>
    /// <exception cref="GeneratorException">A document has a character the font lacks, or no font was found.</exception>
    /// <param name="documents">The documents, in print order.</param>
    /// <param name="metadata">Properties of the bundle.</param>
    /// <param name="output">Where the PDF goes.</param>
    /// <param name="spillDirectory">Folder for the temporary file a large bundle passes through (default: the system's temp folder).</param>
    /// <param name="cancellationToken">Stops between documents.</param>
    public int WriteBundle(IReadOnlyList<Document> documents, DocumentMetadata metadata, Stream output, string? spillDirectory = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var all = new Document(metadata, [.. documents.SelectMany(d => d.Blocks)]);
        return WriteDocuments(documents, all, output, spillDirectory, cancellationToken);
    }

    private int WriteDocuments(IReadOnlyList<Document> documents, Document identity, Stream output, string? spillDirectory = null,
        CancellationToken cancellationToken = default)
    {
        var loaded = font.Value;
        var problems = documents.SelectMany(d => GlyphCheck.Find(d, loaded.Coverage)).ToList();
        if (problems.Count > 0) throw new GeneratorException(problems);

        return Draw(documents.Select(d =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Layout(d, loaded);
        }), identity, loaded, output, spillDirectory);
    }

    /// <summary>Address labels (宛名ラベル) on A4 sheets, 12 per sheet by default; returns the number of sheets.</summary>
    /// <exception cref="GeneratorException">A label has a character the font lacks, or no font was found.</exception>
    public int WriteLabels(IReadOnlyList<AddressLabel> labels, string identifier, Stream output, LabelSheetOptions? sheet = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var loaded = font.Value;
        var blocks = labels.Select(l => (Block)new AlignedLine($"{l.PostalCode} {l.Address} {l.Department} {l.Name}", LineAlignment.Left, SourcePosition.None));
        var identity = new Document(new DocumentMetadata("宛名ラベル", "", "", null, identifier), [.. blocks]);
        var problems = GlyphCheck.Find(identity, loaded.Coverage);
        if (problems.Count > 0) throw new GeneratorException(problems);
        var layout = new LabelSheetLayout(sheet ?? LabelSheetOptions.Default, options.Layout, breaker,
            new TextMeasurer(loaded.File, options.Layout), loaded.File.AscentRatio).Lay(labels);
        return Draw([layout], identity, loaded, output);
    }

    private int Draw(IEnumerable<DocumentLayout> layouts, Document identity, LoadedFont loaded, Stream output, string? spillDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var ids = new DeterministicIdentifiers(identity);
        var pages = 0;
        string? spill = null;
        MemoryStream? buffer = null;
        try
        {
            using (var pdf = new PdfDocument())
            {
                pdf.Options.NoCompression = true; // PdfFileRewriter compresses every stream with zlib afterwards
                pdf.Options.CompressContentStreams = false;
                var drawn = new DrawnCharacters();
                var drawer = new PageDrawer(loaded.CreateXFont(options.Layout.FontSizePt), drawn);
                foreach (var layout in layouts)
                {
                    drawer.Draw(layout, pdf);
                    pages += layout.Pages.Length;
                }
                ToUnicodeCMapWriter.Apply(pdf, loaded.File, drawn);
                FontSubsetNamer.Apply(pdf, ids);
                PdfMetadataWriter.Apply(pdf, identity.Metadata, ids);

                // a document saves into this thread's reusable buffer; a bundle (thousands of pages) spills to a
                // temporary file so that the PDF object tree is freed before the final pass reads it back
                if (pages <= SpillPages)
                {
                    buffer = SaveBuffer.Rent();
                    pdf.Save(buffer, closeStream: false);
                }
                else
                {
                    spill = spillDirectory is null ? Path.GetTempFileName() : Path.Combine(spillDirectory, $".spill-{Environment.CurrentManagedThreadId}.tmp");
                    using var file = new FileStream(spill, FileMode.Create, FileAccess.Write);
                    pdf.Save(file, closeStream: false);
                }
            }
            ReadOnlySpan<byte> saved = buffer is not null ? buffer.GetBuffer().AsSpan(0, (int)buffer.Length) : File.ReadAllBytes(spill!);
            PdfFileRewriter.Rewrite(saved, new PdfStreamFinisher(ids).Transform, output);
        }
        finally
        {
            if (spill is not null) File.Delete(spill);
        }
        return pages;
    }

    /// <summary>This writer's per-thread buffer for PDFsharp's save, before the final pass.</summary>
    private static readonly ScratchBuffer SaveBuffer = new();

    /// <summary>Above this many pages the saved PDF goes through a temporary file instead of memory.</summary>
    private const int SpillPages = 50;

    /// <summary>The text lines of <paramref name="document"/> page by page, exactly as the PDF draws them (footer last).</summary>
    /// <remarks>Lines sharing a baseline (table cells) are joined by a space, as <c>pdftotext -raw</c> prints them.</remarks>
    /// <exception cref="GeneratorException">No font was found.</exception>
    public IReadOnlyList<IReadOnlyList<string>> PageLines(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [.. Layout(document).Pages.Select(page => (IReadOnlyList<string>)[.. TextLineJoiner.Join(page)])];
    }

    /// <summary>Measures and paginates <paramref name="document"/> without drawing (for tests and the text export).</summary>
    internal DocumentLayout Layout(Document document) => Layout(document, font.Value);

    private DocumentLayout Layout(Document document, LoadedFont loaded)
    {
        var layout = options.Layout;
        var measurer = new TextMeasurer(loaded.File, layout);
        var blockMeasurer = new BlockMeasurer(breaker, measurer, layout, OutlineGeometry.For(document, layout.OutlineIndent),
            loaded.File.AscentRatio, layout.TitleIndentChars);
        var measured = document.Blocks.Select(blockMeasurer.Measure).ToList();
        var composer = new LineComposer(measurer);
        Func<int, LaidOutLine>? footer = options.PageNumbers
            ? number =>
            {
                var text = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var line = new BrokenLine(0, text.Length, text, measurer.Width(text), 0, true);
                return composer.Compose(line, PageLayoutOptions.MmToPt(layout.MarginLeftMm), layout.TextWidthPt, LineAlign.Center, 0);
            }
            : null;
        return new PagePlacer(layout, footer).Place(measured);
    }

    private LoadedFont LoadFont()
    {
        var path = FontLocator.Locate(options.FontPath, options.FontSearchDirectories);
        try
        {
            return FontRegistry.Get(path);
        }
        catch (InvalidDataException e)
        {
            throw new GeneratorException(new Diagnostic(path, 0, 0, $"The font file cannot be used: {e.Message}",
                "Pass --font with a TrueType (.ttf) file such as ipaexm.ttf."));
        }
    }
}
