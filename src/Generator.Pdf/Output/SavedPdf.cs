using Generator.IO;
using PdfSharp.Pdf;

namespace Generator.Pdf.Output;

/// <summary>A PDF saved by PDFsharp, waiting for the final pass: in this thread's reusable buffer, or — for a bundle of
/// many pages — in a temporary spill file, so that the PDF object tree is freed before the final pass reads it back.</summary>
/// <remarks>Dispose it after the final pass: that deletes the spill file.</remarks>
internal sealed class SavedPdf : IDisposable
{
    /// <summary>Above this many pages the saved PDF goes through a temporary file instead of memory.</summary>
    private const int SpillPages = 50;

    /// <summary>The per-thread buffer a PDF of few pages is saved into.</summary>
    private static readonly ScratchBuffer SaveBuffer = new();

    private readonly MemoryStream? buffer;
    private readonly string? spillFile;

    private SavedPdf(MemoryStream? buffer, string? spillFile)
    {
        this.buffer = buffer;
        this.spillFile = spillFile;
    }

    /// <summary>Saves <paramref name="pdf"/> (of <paramref name="pages"/> pages); a spill file goes into
    /// <paramref name="spillDirectory"/> (default: the system's temp folder) and is deleted again if saving fails.</summary>
    public static SavedPdf Save(PdfDocument pdf, int pages, string? spillDirectory)
    {
        if (pages <= SpillPages)
        {
            var buffer = SaveBuffer.Rent();
            pdf.Save(buffer, closeStream: false);
            return new SavedPdf(buffer, null);
        }
        var spill = spillDirectory is null ? Path.GetTempFileName() : Path.Combine(spillDirectory, $".spill-{Environment.CurrentManagedThreadId}.tmp");
        try
        {
            using var file = new FileStream(spill, FileMode.Create, FileAccess.Write);
            pdf.Save(file, closeStream: false);
        }
        catch
        {
            File.Delete(spill);
            throw;
        }
        return new SavedPdf(null, spill);
    }

    /// <summary>The saved bytes (read back from the spill file when there is one).</summary>
    public ReadOnlySpan<byte> Bytes => buffer is not null ? buffer.GetBuffer().AsSpan(0, (int)buffer.Length) : File.ReadAllBytes(spillFile!);

    /// <summary>Deletes the spill file, if any.</summary>
    public void Dispose()
    {
        if (spillFile is not null) File.Delete(spillFile);
    }
}
