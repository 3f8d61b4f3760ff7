using Generator.Model;
using Generator.Pdf;

namespace Generator.Batch.Attachments;

/// <summary>A recipient's PDF with its 別添 appended: the document's pages, then each attachment's, in the notice's order.</summary>
internal static class AttachedPdf
{
    /// <summary>Writes <paramref name="document"/> followed by the attachments' pages (copied as they are: their own
    /// size, rotation and fonts) into <paramref name="output"/>; the file carries the document's metadata. Returns the page count.</summary>
    /// <exception cref="Generator.Diagnostics.GeneratorException">The document has a character no font has.</exception>
    public static int Write(PdfWriter writer, Document document, BatchItem item, IReadOnlyList<IAttachmentSource> attachments, Stream output)
    {
        var bundle = writer.BeginLetter(document, output);
        foreach (var attachment in attachments) bundle.AddPdf(attachment.PdfFor(item), []);
        return bundle.Finish(document.Metadata);
    }
}
