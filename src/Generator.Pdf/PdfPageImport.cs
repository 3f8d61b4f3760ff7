using Generator.Model;
using Generator.Pdf.Metadata;
using Generator.Pdf.Output;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Generator.Pdf;

/// <summary>Puts whole PDFs one after another into one file: a recipient's document followed by its 別添 (attachments),
/// or the print bundle of such files. Pages are imported as they are — their own size (A4, A3, letter…) and rotation
/// (/Rotate) are kept, nothing is scaled.</summary>
/// <remarks>The same parts and identity give the same bytes: metadata and identifiers come from the identity document,
/// as for every PDF Generator writes.</remarks>
public static class PdfPageImport
{
    /// <summary>The page count of <paramref name="pdf"/>, read as PDFsharp will import it.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a PDF PDFsharp can import (damaged, encrypted, empty).</exception>
    public static int CountPages(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        try
        {
            using var document = PdfReader.Open(new MemoryStream(pdf, writable: false), PdfDocumentOpenMode.Import);
            if (document.PageCount == 0) throw new InvalidDataException("the PDF has no pages");
            return document.PageCount;
        }
        catch (Exception e) when (e is not InvalidDataException and not OutOfMemoryException)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    /// <summary>Imports the pages of <paramref name="pdf"/> into a new file saved without compression in PDFsharp's plain
    /// layout (inherited page attributes resolved), for <see cref="Output.ImportedPages"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a PDF PDFsharp can import.</exception>
    internal static void SavePlain(byte[] pdf, Stream output)
    {
        using var copy = new PdfDocument();
        copy.Options.NoCompression = true;
        copy.Options.CompressContentStreams = false;
        using (var source = Open(pdf))
            foreach (var page in source.Pages) copy.AddPage(page);
        copy.Save(output, closeStream: false);
    }

    private static PdfDocument Open(byte[] pdf)
    {
        try
        {
            return PdfReader.Open(new MemoryStream(pdf, writable: false), PdfDocumentOpenMode.Import);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }
}
