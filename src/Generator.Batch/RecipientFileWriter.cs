using System.Security.Cryptography;
using Generator.Diagnostics;
using Generator.IO;
using Generator.Model;
using Generator.Writers;

namespace Generator.Batch;

/// <summary>A recipient's files, one per writer, written into the staging folder (or reused from the previous run), with
/// size, SHA-256 and pages for the manifests.</summary>
internal sealed class RecipientFileWriter(IReadOnlyList<IDocumentWriter> writers, BatchOptions options)
{
    /// <summary>The per-thread buffer a document is written into before it is hashed and saved.</summary>
    private static readonly ScratchBuffer OutputBuffer = new();

    /// <summary>Whether a letter's drawn pages are kept for print.pdf: only when the run makes one (not with --no-print).</summary>
    private readonly bool keepPages = options.Artifacts.Any(a => a.TakesDrawnPages);

    /// <summary>Writes (or reuses) the files of the recipient at <paramref name="index"/> (0-based) into <paramref name="staging"/>;
    /// with them, what the letter's PDF drew (for print.pdf to take: <see cref="BatchLetter.Drawn"/>), or null when no PDF
    /// was drawn here or no print.pdf takes it (no pdf format, no print.pdf, files reused, or 別添 appended to the PDF).</summary>
    /// <exception cref="GeneratorException">A writer refused the document (e.g. a glyph the font lacks).</exception>
    public (BatchItemResult Result, Pdf.DrawnPages? Drawn) Write(int index, BatchItem item, Document document, string staging, PreviousRunReuse reuse, string outputDirectory)
    {
        var fingerprint = DocumentFingerprint.Of(document, writers, options.WriterSettings);
        var reused = reuse.TryReuse(item, fingerprint, outputDirectory, staging);
        Pdf.DrawnPages? drawn = null;
        var files = reused;
        if (files is null)
        {
            files = [];
            foreach (var writer in writers) files.AddRange(WriteFiles(writer, document, item, staging, ref drawn));
        }
        return (new BatchItemResult(index + 1, item, files, fingerprint, reused is not null), drawn);
    }

    /// <summary>The writer's file, and after a PDF the 別添 written beside it when they are not appended.</summary>
    private IEnumerable<BatchFile> WriteFiles(IDocumentWriter writer, Document document, BatchItem item, string staging, ref Pdf.DrawnPages? drawn)
    {
        var main = WriteOne(writer, document, item, staging, options.AttachmentsBeside ? [] : options.Attachments, keepPages, ref drawn);
        if (writer.Format != "pdf" || !options.AttachmentsBeside) return [main];
        return [main, .. options.Attachments.Select((a, n) => Attachments.EnclosureFile.Write(a, item, n + 1, staging))];
    }

    private static BatchFile WriteOne(IDocumentWriter writer, Document document, BatchItem item, string staging,
        IReadOnlyList<Attachments.IAttachmentSource> attachments, bool keepPages, ref Pdf.DrawnPages? drawn)
    {
        var buffer = OutputBuffer.Rent();
        int pages;
        try
        {
            pages = attachments.Count > 0 && writer is Pdf.PdfWriter pdf ? Attachments.AttachedPdf.Write(pdf, document, item, attachments, buffer)
                : writer is Pdf.PdfWriter letter && keepPages ? (drawn = letter.WriteKeepingPages(document, buffer)).PageCount
                : writer is IPagedDocumentWriter paged ? paged.WritePaged(document, buffer) : Write(writer, document, buffer);
        }
        catch (GeneratorException e)
        {
            throw new GeneratorException(e.Diagnostics.Select(d => d.ForRecipient(item.Label)).ToList());
        }
        var name = $"{item.FileStem}.{writer.Extension}";
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        using (var file = new FileStream(Path.Combine(staging, name), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None))
            file.Write(bytes);
        return new BatchFile(writer.Format, name, bytes.Length, Hex.Lower(SHA256.HashData(bytes)), pages);
    }

    private static int Write(IDocumentWriter writer, Document document, Stream output)
    {
        writer.Write(document, output);
        return 0;
    }
}
