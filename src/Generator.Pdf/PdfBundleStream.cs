using System.Security.Cryptography;
using System.Text;
using Generator.Model;
using Generator.Pdf.Drawing;
using Generator.Pdf.Fonts;
using Generator.Pdf.Layout;
using Generator.Pdf.LineBreaking;
using Generator.Pdf.Metadata;
using Generator.Pdf.Output;

namespace Generator.Pdf;

/// <summary>A PDF written as its documents arrive — a print bundle (print.pdf), or a single letter (a bundle of one): each document is laid out and its pages are written
/// to the output at once, so memory stays flat whatever the number of letters; the fonts (one subset per font for the whole
/// bundle), the page tree and the metadata follow in <see cref="Finish"/>. Offsets are 64-bit (files up to 9.3 GB).</summary>
/// <remarks>Made by <see cref="PdfWriter.BeginBundle"/>. Not thread-safe: one thread adds the documents in print order.
/// The same documents and metadata give the same bytes.</remarks>
public sealed class PdfBundleStream
{
    private readonly PdfObjectStream file;
    private readonly StreamedPages pages;
    private readonly EmbeddedFonts fonts;
    private readonly PageDrawer drawer;
    private readonly DocumentLayouter layouter;
    private readonly FontChain chain;
    private readonly PdfWriterOptions options;
    private readonly IncrementalHash text = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly SharedStreams shared = new();
    private bool finished;

    internal PdfBundleStream(PdfWriterOptions options, ILineBreaker breaker, FontChain chain, Stream output)
    {
        LetterheadGlyphGuard.ThrowIfAny(options.Layout.Letterhead, chain.Coverage);
        this.chain = chain;
        this.options = options;
        file = new PdfObjectStream(output);
        pages = new StreamedPages(file);
        fonts = new EmbeddedFonts(chain);
        drawer = new PageDrawer(pages, fonts);
        layouter = new DocumentLayouter(options, breaker, chain);
    }

    /// <summary>Pages written so far.</summary>
    public int PageCount => pages.Count;

    /// <summary>Characters whose glyphs lead each font subset (a letter's <see cref="Document.TemplateCharacters"/>, set by
    /// <see cref="SingleDocumentWriter"/>); empty for a print bundle, whose one font program is compressed once anyway.</summary>
    internal string TemplateCharacters { get; init; } = "";

    /// <summary>Lays out <paramref name="document"/> (with its own page numbers) and writes its pages.</summary>
    /// <exception cref="Generator.Diagnostics.GeneratorException">The document has a character no font has; nothing of it is
    /// written (for the first document: nothing at all reaches the output).</exception>
    public void Add(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ObjectDisposedException.ThrowIf(finished, this);
        MissingGlyphGuard.ThrowIfAny([document], chain.Coverage);
        Add(layouter.Lay(document), document.AllText());
    }

    /// <summary>Writes the pages another file drew for a letter (<see cref="PdfWriter.WriteKeepingPages"/>) as they are — no
    /// layout, no drawing, no compression — and adds the characters they draw to this file's fonts: the same bytes as
    /// <see cref="Add(Document)"/> of that letter. <paramref name="text"/> is what the letter says (its <see cref="Document.AllText"/>), for the identifiers.
    /// False, with nothing written, when the pages cannot be taken as they are: they were drawn with other options or
    /// fonts, or their images are named otherwise here (a letter whose first image is not this file's first) — then add the document.</summary>
    public bool TryAdd(DrawnPages drawn, IEnumerable<string> text)
    {
        ArgumentNullException.ThrowIfNull(drawn);
        ArgumentNullException.ThrowIfNull(text);
        ObjectDisposedException.ThrowIf(finished, this);
        if (!drawn.DrawnLike(options, chain) || !drawer.AdoptImageNames(drawn.Pages)) return false;
        HashText(text);
        fonts.Use(drawn.Characters);
        foreach (var page in drawn.Pages) pages.Add(page);
        return true;
    }

    /// <summary>From now on keeps the pages drawn, for <see cref="Drawn"/> (a letter written for a print bundle to take).</summary>
    internal void KeepPages() => pages.KeepPages();

    /// <summary>The pages drawn since <see cref="KeepPages"/> and the characters this file drew (for a bundle of one: its letter's).</summary>
    internal DrawnPages Drawn() => new(options, chain, pages.Kept, fonts.Drawn());

    /// <summary>Writes the pages of a layout made elsewhere (label sheets); <paramref name="text"/> is what it says, for the identifiers.</summary>
    internal void Add(DocumentLayout layout, IEnumerable<string> text)
    {
        ObjectDisposedException.ThrowIf(finished, this);
        HashText(text);
        drawer.Draw(layout);
    }

    /// <summary>Copies the pages of a finished PDF (a recipient's letter with its 別添, or a 別添 as received) as they are —
    /// their own size and rotation — and writes them at once; <paramref name="text"/> is what they say, for the
    /// identifiers (the document's text; nothing for a 別添 as received). A stream identical to one copied before (the same
    /// 別添 behind every letter: its font program, content streams) is written once and shared (<see cref="Output.SharedStreams"/>).
    /// Returns the number of pages copied.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a PDF that can be imported.</exception>
    public int AddPdf(byte[] pdf, IEnumerable<string> text)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(text);
        ObjectDisposedException.ThrowIf(finished, this);
        HashText(text);
        var copied = ImportedPages.Copy(pdf, file, pages.PageTree, shared);
        pages.AddImported(copied);
        return copied.Count;
    }

    private void HashText(IEnumerable<string> text)
    {
        byte[]? rented = null;
        Span<byte> buffer = stackalloc byte[1024];
        foreach (var piece in text)
        {
            // each piece's UTF-8 bytes, encoded into a buffer reused (issue 17: not an array per piece)
            var needed = Encoding.UTF8.GetMaxByteCount(piece.Length);
            if (needed > buffer.Length)
            {
                if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
                buffer = rented = System.Buffers.ArrayPool<byte>.Shared.Rent(needed);
            }
            this.text.AppendData(buffer[..Encoding.UTF8.GetBytes(piece, buffer)]);
            this.text.AppendData("\n"u8);
        }
        if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
    }

    /// <summary>Writes the fonts, the page tree, <paramref name="metadata"/> and the cross-reference table; returns the page count.</summary>
    public int Finish(DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ObjectDisposedException.ThrowIf(finished, this);
        finished = true;
        var head = Encoding.UTF8.GetBytes(metadata.Identifier + "\0" + metadata.Title + "\0");
        var ids = new DeterministicIdentifiers(SHA256.HashData([.. head, .. text.GetHashAndReset()]));
        pages.Finish(fonts, TemplateCharacters);
        var info = StreamedMetadata.WriteInfo(file, metadata);
        var xmp = StreamedMetadata.WriteXmp(file, metadata, ids);
        var catalog = file.Reserve();
        var body = new PdfContentBuilder(256);
        body.Raw("<</Type/Catalog/Pages "u8).Integer(pages.PageTree).Raw("0 R/Metadata "u8).Integer(xmp).Raw("0 R/Lang("u8)
            .Raw(Encoding.ASCII.GetBytes(metadata.Language)).Raw(")>>"u8);
        file.Object(catalog, body.Written);
        file.Finish(catalog, info, ids.DocumentIdBytes);
        return pages.Count;
    }
}
