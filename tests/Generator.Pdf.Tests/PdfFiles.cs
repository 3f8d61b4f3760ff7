using Generator.Model;

namespace Generator.Pdf.Tests;

/// <summary>Writes documents to temporary PDF files for the external tools.</summary>
internal static class PdfFiles
{
    private static readonly Lazy<string> Folder = new(() => TempFolder.NewPath("pdf"));

    public static byte[] Bytes(Document document, PdfWriterOptions? options = null)
    {
        using var stream = new MemoryStream();
        new PdfWriter(options).Write(document, stream);
        return stream.ToArray();
    }

    public static string Write(Document document, string name, PdfWriterOptions? options = null)
    {
        var path = Path.Combine(Folder.Value, name + ".pdf");
        File.WriteAllBytes(path, Bytes(document, options));
        return path;
    }
}
