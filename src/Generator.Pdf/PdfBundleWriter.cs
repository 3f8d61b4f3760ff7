using Generator.Model;
using Generator.Pdf.Fonts;
using Generator.Pdf.Layout;
using Generator.Pdf.LineBreaking;
using Generator.Pdf.Output;

namespace Generator.Pdf;

/// <summary>Writes documents one after another into one PDF, each with its own page numbers; a single document is a bundle of one.</summary>
internal sealed class PdfBundleWriter(PdfWriterOptions options, ILineBreaker breaker, FontChain font)
{
    /// <summary>Writes one document; the file carries its metadata. Returns the page count.</summary>
    public int WriteOne(Document document, Stream output) => Write([document], document, output);

    /// <summary>Writes a print bundle described by <paramref name="metadata"/>; a bundle of many pages passes through a
    /// temporary file in <paramref name="spillDirectory"/>. Returns the page count.</summary>
    public int Write(IReadOnlyList<Document> documents, DocumentMetadata metadata, Stream output, string? spillDirectory,
        CancellationToken cancellationToken)
    {
        var identity = new Document(metadata, [.. documents.SelectMany(d => d.Blocks)]);
        return Write(documents, identity, output, spillDirectory, cancellationToken);
    }

    /// <summary>Checks every character of every document first, then lays each out (stopping between documents when
    /// cancelled) and draws them all into one file that <paramref name="identity"/> describes.</summary>
    private int Write(IReadOnlyList<Document> documents, Document identity, Stream output, string? spillDirectory = null,
        CancellationToken cancellationToken = default)
    {
        MissingGlyphGuard.ThrowIfAny(documents, font.Coverage);
        LetterheadGlyphGuard.ThrowIfAny(options.Layout.Letterhead, font.Coverage);
        var layouter = new DocumentLayouter(options, breaker, font);
        return new PdfAssembler(font).Write(documents.Select(d =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return layouter.Lay(d);
        }), identity, output, spillDirectory);
    }
}
