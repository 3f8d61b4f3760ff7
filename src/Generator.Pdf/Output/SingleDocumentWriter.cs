using Generator.Model;
using Generator.Pdf.Fonts;
using Generator.Pdf.Layout;
using Generator.Pdf.LineBreaking;

namespace Generator.Pdf.Output;

/// <summary>Writes one document as a PDF file of its own (a letter): checks every character, lays it out and assembles
/// the file with PDFsharp (<see cref="PdfAssembler"/>). Print bundles are streamed instead (<see cref="PdfBundleStream"/>).</summary>
internal sealed class SingleDocumentWriter(PdfWriterOptions options, ILineBreaker breaker, FontChain font)
{
    /// <summary>Writes <paramref name="document"/>; the file carries its metadata. Returns the page count.</summary>
    public int Write(Document document, Stream output)
    {
        MissingGlyphGuard.ThrowIfAny([document], font.Coverage);
        LetterheadGlyphGuard.ThrowIfAny(options.Layout.Letterhead, font.Coverage);
        var layout = new DocumentLayouter(options, breaker, font).Lay(document);
        return new PdfAssembler(font).Write([layout], document, output);
    }
}
