using Generator.Model;

namespace Generator.Pdf.Tests;

/// <summary>Writes documents to temporary PDF files for the external tools.</summary>
internal static class PdfFiles
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "generator-pdf-tests-" + Environment.ProcessId);

    public static byte[] Bytes(Document document, PdfWriterOptions? options = null)
    {
        using var stream = new MemoryStream();
        new PdfWriter(options).Write(document, stream);
        return stream.ToArray();
    }

    public static string Write(Document document, string name, PdfWriterOptions? options = null)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".pdf");
        File.WriteAllBytes(path, Bytes(document, options));
        return path;
    }
}
