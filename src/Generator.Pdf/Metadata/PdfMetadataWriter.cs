using Generator.Model;
using PdfSharp.Pdf;

namespace Generator.Pdf.Metadata;

/// <summary>Writes title, author, subject, language, fixed dates and content-derived IDs into a PDF document before saving.</summary>
internal static class PdfMetadataWriter
{
    /// <summary>The creator recorded in the document information dictionary.</summary>
    public const string Creator = "Generator";

    /// <summary>Applies <paramref name="metadata"/> to <paramref name="pdf"/>; every date is <see cref="DocumentMetadata.Timestamp"/>.</summary>
    public static void Apply(PdfDocument pdf, DocumentMetadata metadata, DeterministicIdentifiers ids)
    {
        var info = pdf.Info;
        info.Title = metadata.Title;
        info.Author = metadata.Author;
        info.Subject = metadata.Subject;
        info.Creator = Creator;
        var timestamp = metadata.Timestamp.UtcDateTime; // Kind=Utc: written with Z whatever the machine's time zone
        info.CreationDate = timestamp;
        info.ModificationDate = timestamp;
        pdf.Language = metadata.Language;
        pdf.Internals.FirstDocumentID = ids.DocumentId;
        pdf.Internals.SecondDocumentID = ids.DocumentId;
    }
}
