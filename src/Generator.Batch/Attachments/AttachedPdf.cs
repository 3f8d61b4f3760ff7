using Generator.Model;
using Generator.Pdf;

namespace Generator.Batch.Attachments;

/// <summary>A recipient's PDF with its 別添 appended: the document's pages, then each attachment's, in the notice's order.</summary>
internal static class AttachedPdf
{
    /// <summary>Replaces the PDF in <paramref name="buffer"/> by the document followed by the attachments; returns the page count.</summary>
    public static int Append(Document document, BatchItem item, IReadOnlyList<IAttachmentSource> attachments, MemoryStream buffer)
    {
        var parts = new List<byte[]> { buffer.ToArray() };
        parts.AddRange(attachments.Select(a => a.PdfFor(item)));
        buffer.SetLength(0);
        return PdfPageImport.Combine(document, parts, buffer);
    }
}
