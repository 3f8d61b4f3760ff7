using Generator.Model;
using Generator.Pdf.Fonts;
using Generator.Pdf.LineBreaking;

namespace Generator.Pdf.Output;

/// <summary>Writes one document as a PDF file of its own (a letter): a bundle of one (<see cref="PdfBundleStream"/>, which
/// checks every character first), with the document's own metadata; the glyphs of its template's characters lead each font
/// subset, so that a run's letters share that part of the font program (<see cref="Drawing.CidFontParts.CompressedProgram"/>).</summary>
internal sealed class SingleDocumentWriter(PdfWriterOptions options, ILineBreaker breaker, FontChain font)
{
    /// <summary>Writes <paramref name="document"/>; the file carries its metadata. Returns the page count.</summary>
    public int Write(Document document, Stream output)
    {
        var bundle = new PdfBundleStream(options, breaker, font, output) { TemplateCharacters = document.TemplateCharacters };
        bundle.Add(document);
        return bundle.Finish(document.Metadata);
    }

    /// <summary>Writes <paramref name="document"/> as <see cref="Write"/> does and returns what it drew, for a print bundle to take.</summary>
    public DrawnPages WriteKeepingPages(Document document, Stream output)
    {
        var bundle = new PdfBundleStream(options, breaker, font, output) { TemplateCharacters = document.TemplateCharacters };
        bundle.KeepPages();
        bundle.Add(document);
        bundle.Finish(document.Metadata);
        return bundle.Drawn();
    }
}
