using Generator.Model;
using Generator.Pdf.Drawing;
using Generator.Pdf.Fonts;
using Generator.Pdf.Layout;
using Generator.Pdf.Metadata;
using PdfSharp.Pdf;

namespace Generator.Pdf.Output;

/// <summary>Draws laid-out documents into one PDF file: pages, embedded fonts and metadata, then the final pass
/// (<see cref="PdfFileRewriter"/>); the identifiers come from the content, so the same input gives the same bytes.</summary>
internal sealed class PdfAssembler(FontChain fonts)
{
    /// <summary>Draws <paramref name="layouts"/> one after another into <paramref name="output"/>; <paramref name="identity"/>
    /// gives the metadata and identifiers. Returns the page count.</summary>
    /// <param name="layouts">The laid-out documents, in print order (enumerated once, while drawing).</param>
    /// <param name="identity">The document the file describes (for a bundle: its metadata over all the documents' text).</param>
    /// <param name="output">Where the PDF goes.</param>
    /// <param name="spillDirectory">Folder for the temporary file a large PDF passes through (default: the system's temp folder).</param>
    public int Write(IEnumerable<DocumentLayout> layouts, Document identity, Stream output, string? spillDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var ids = new DeterministicIdentifiers(identity);
        SavedPdf? saved = null;
        try
        {
            int pages;
            using (var pdf = new PdfDocument())
            {
                pdf.Options.NoCompression = true; // our streams are compressed already; PdfFileRewriter compresses the rest
                pdf.Options.CompressContentStreams = false;
                pages = Draw(layouts, pdf);
                PdfMetadataWriter.Apply(pdf, identity.Metadata, ids);
                saved = SavedPdf.Save(pdf, pages, spillDirectory);
            }
            PdfFileRewriter.Rewrite(saved.Bytes, new PdfStreamFinisher(ids).Transform, output);
            return pages;
        }
        finally
        {
            saved?.Dispose();
        }
    }

    /// <summary>Adds the pages of every layout to <paramref name="pdf"/> and the fonts they use; returns the page count.</summary>
    private int Draw(IEnumerable<DocumentLayout> layouts, PdfDocument pdf)
    {
        var pages = 0;
        var embedded = new EmbeddedFonts(fonts);
        var target = new PdfSharpPages(pdf);
        var drawer = new PageDrawer(target, embedded);
        foreach (var layout in layouts)
        {
            drawer.Draw(layout);
            pages += layout.Pages.Length;
        }
        target.Finish(embedded);
        return pages;
    }
}
