using System.Text;
using System.Text.RegularExpressions;
using Generator.Model;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace Generator.Pdf.Tests;

/// <summary>Finished PDFs copied into a print bundle page by page (<see cref="PdfBundleStream.AddPdf"/>, used for letters
/// with 別添): the pages keep their size, rotation and text, references are renumbered, and what only looks like a
/// reference (in a string, a name) is copied as it is.</summary>
public sealed class BundleCopiedPagesTests
{
    private static readonly DocumentMetadata Metadata = new("一括印刷：試験", "北海道保健福祉部長", "2件", new DateOnly(2018, 7, 10), "print:copy");

    /// <summary>A PDF as another program might send it: an A3 landscape page turned 90°, and an annotation whose text
    /// and name look like references.</summary>
    private static byte[] Received()
    {
        using var document = new PdfDocument();
        var page = document.AddPage();
        page.Width = PdfSharp.Drawing.XUnit.FromMillimeter(420);
        page.Height = PdfSharp.Drawing.XUnit.FromMillimeter(297);
        page.Rotate = 90;
        var note = new PdfTextAnnotation { Contents = "see (1 0 R) and 2 0 R", Rectangle = new PdfRectangle(new PdfSharp.Drawing.XRect(10, 10, 20, 20)) };
        note.Elements.SetName("/NM", "/R12");
        page.Annotations.Add(note);
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    [Fact]
    public void ALetterAndAReceivedPdfAreCopiedWithTheirPagesTextAndSizes()
    {
        var letter = PdfFiles.Bytes(TestDocuments.Circular());
        var letterPages = new PdfWriter().PageLines(TestDocuments.Circular()).Count;
        using var stream = new MemoryStream();
        var bundle = new PdfWriter().BeginBundle(stream);
        Assert.Equal(letterPages, bundle.AddPdf(letter, TestDocuments.Circular().AllText()));
        Assert.Equal(1, bundle.AddPdf(Received(), []));
        bundle.Add(TestDocuments.Circular()); // a document laid out in the same bundle after copied pages
        var pages = bundle.Finish(Metadata);
        Assert.Equal(2 * letterPages + 1, pages);

        var path = Path.Combine(TempFolder.NewPath("bundle-copy"), "copied.pdf");
        File.WriteAllBytes(path, stream.ToArray());
        var (code, check) = ExternalTool.Run("qpdf", "--check", path);
        Assert.Equal(0, code);
        Assert.DoesNotContain("WARNING", check);

        var letterPath = PdfFiles.Write(TestDocuments.Circular(), "bundle-copy-letter");
        for (var page = 1; page <= letterPages; page++)
        {
            Assert.Equal(PageText(letterPath, page), PageText(path, page));
            Assert.Equal(PageText(letterPath, page), PageText(path, letterPages + 1 + page));
        }

        var (_, info) = ExternalTool.Run("pdfinfo", "-f", $"{letterPages + 1}", "-l", $"{letterPages + 1}", path);
        Assert.Matches(@"Page\s+\d+ size:\s+1190\.\d+ x 841\.\d+ pts", info); // A3 landscape kept, not scaled
        Assert.Matches(@"Page\s+\d+ rot:\s+90", info);
        var raw = Encoding.Latin1.GetString(stream.ToArray());
        Assert.Contains("/Contents(see \\(1 0 R\\) and 2 0 R)", raw); // as PDFsharp wrote it: not renumbered
        Assert.Contains("/NM/R12", raw);
    }

    [Fact]
    public void TheSame別添CopiedBehindEveryLetterIsStoredOnceAndReadOnEveryPage()
    {
        // print.pdf with 別添: each letter's PDF carries the same 別添, whose font program and content streams are
        // byte-identical every time; the bundle writes them once and every copy's pages refer to them
        var part = PdfFiles.Bytes(TestDocuments.Circular());
        var partPages = new PdfWriter().PageLines(TestDocuments.Circular()).Count;
        byte[] Bundle(int copies)
        {
            using var stream = new MemoryStream();
            var bundle = new PdfWriter().BeginBundle(stream);
            for (var i = 0; i < copies; i++) bundle.AddPdf(part, TestDocuments.Circular().AllText());
            bundle.Finish(Metadata);
            return stream.ToArray();
        }
        var once = Bundle(1);
        var thrice = Bundle(3);
        Assert.True(thrice.Length < once.Length + 2 * (part.Length / 5),
            $"three copies took {thrice.Length} bytes, one {once.Length}: the shared streams were written again");
        Assert.Equal(1, Regex.Count(Encoding.Latin1.GetString(thrice), "/Length1 "));

        var path = Path.Combine(TempFolder.NewPath("bundle-shared"), "shared.pdf");
        File.WriteAllBytes(path, thrice);
        var (code, check) = ExternalTool.Run("qpdf", "--check", path);
        Assert.Equal(0, code);
        Assert.DoesNotContain("WARNING", check);
        var partPath = PdfFiles.Write(TestDocuments.Circular(), "bundle-shared-part");
        for (var copy = 0; copy < 3; copy++)
            for (var page = 1; page <= partPages; page++)
                Assert.Equal(PageText(partPath, page), PageText(path, copy * partPages + page));
    }

    [Fact]
    public void CopyingTheSamePartsTwiceGivesTheSameBytes()
    {
        // the same received file both times: PDFsharp stamps the time it was made, which may differ between two calls
        var received = Received();
        byte[] Make()
        {
            using var stream = new MemoryStream();
            var bundle = new PdfWriter().BeginBundle(stream);
            bundle.AddPdf(PdfFiles.Bytes(TestDocuments.Circular()), TestDocuments.Circular().AllText());
            bundle.AddPdf(received, []);
            bundle.Finish(Metadata);
            return stream.ToArray();
        }
        Assert.Equal(Make(), Make());
    }

    /// <summary>A plain PDF whose page takes its size, rotation and resources from the page tree (PDF 32000 §7.7.3.4).</summary>
    private static byte[] WithInheritedAttributes()
    {
        string[] objects =
        [
            "<</Type/Catalog/Pages 2 0 R>>",
            "<</Type/Pages/Kids[3 0 R]/Count 1/MediaBox[0 0 300 400]/Rotate 90/Resources<<>>>>",
            "<</Type/Page/Parent 2 0 R/Contents 4 0 R>>",
            "<</Length 19>>\nstream\n0 0 m 100 100 l S\n\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var n = 0; n < objects.Length; n++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{n + 1} 0 obj\n{objects[n]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<</Size {objects.Length + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    [Fact]
    public void APageKeepsTheSizeAndRotationItInheritsFromItsPageTree()
    {
        using var stream = new MemoryStream();
        var bundle = new PdfWriter().BeginBundle(stream);
        bundle.AddPdf(WithInheritedAttributes(), []);
        bundle.Add(TestDocuments.Circular());
        bundle.Finish(Metadata);
        var path = Path.Combine(TempFolder.NewPath("bundle-copy"), "inherited.pdf");
        File.WriteAllBytes(path, stream.ToArray());

        var (code, check) = ExternalTool.Run("qpdf", "--check", path);
        Assert.Equal(0, code);
        Assert.DoesNotContain("WARNING", check);
        var (_, info) = ExternalTool.Run("pdfinfo", "-f", "1", "-l", "2", path);
        Assert.Matches(@"Page\s+1 size:\s+300 x 400 pts", info);
        Assert.Matches(@"Page\s+1 rot:\s+90", info);
        Assert.Matches(@"Page\s+2 size:\s+595\.\d+ x 841\.\d+ pts", info); // the bundle's own pages keep theirs
    }

    [Fact]
    public void APartThatIsNotAPdfIsRefusedAsInvalidData()
    {
        using var stream = new MemoryStream();
        var bundle = new PdfWriter().BeginBundle(stream);
        Assert.Throws<InvalidDataException>(() => bundle.AddPdf("not a pdf"u8.ToArray(), []));
    }

    private static string PageText(string pdf, int page)
    {
        var (code, text) = ExternalTool.Run("pdftotext", "-raw", "-enc", "UTF-8", "-f", $"{page}", "-l", $"{page}", pdf, "-");
        Assert.Equal(0, code);
        return text;
    }
}
