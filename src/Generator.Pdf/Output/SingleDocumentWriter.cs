using Generator.Model;
using Generator.Pdf.Fonts;
using Generator.Pdf.LineBreaking;

namespace Generator.Pdf.Output;

/// <summary>Writes one document as a PDF file of its own (a letter): a bundle of one (<see cref="PdfBundleStream"/>, which
/// checks every character first), with the document's own metadata; the glyphs of its template's characters lead each font
/// subset, so that a run's letters share that part of the font program (<see cref="Drawing.CidFontParts.CompressedProgram"/>).</summary>
internal sealed class SingleDocumentWriter(PdfWriterOptions options, ILineBreaker breaker, FontChain font)
{
    /// <summary>Starts the file of <paramref name="document"/> and writes its pages; the glyphs of its template characters lead
    /// each font subset. Other PDFs' pages may follow (its 別添) before <see cref="PdfBundleStream.Finish"/>.</summary>
    public PdfBundleStream Begin(Document document, Stream output, bool keepPages = false)
    {
        var bundle = new PdfBundleStream(options, breaker, font, output) { TemplateCharacters = document.TemplateCharacters };
        if (keepPages) bundle.KeepPages();
        bundle.Add(document);
        return bundle;
    }

    /// <summary>Writes <paramref name="document"/>; the file carries its metadata. Returns the page count.</summary>
    public int Write(Document document, Stream output) => Begin(document, output).Finish(document.Metadata);

    /// <summary>Writes <paramref name="document"/> as <see cref="Write"/> does and returns what it drew, for a print bundle to take.</summary>
    public DrawnPages WriteKeepingPages(Document document, Stream output)
    {
        var bundle = Begin(document, output, keepPages: true);
        bundle.Finish(document.Metadata);
        return bundle.Drawn();
    }
}
