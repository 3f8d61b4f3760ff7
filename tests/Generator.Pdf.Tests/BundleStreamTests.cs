using System.Text;
using Generator.Model;

namespace Generator.Pdf.Tests;

/// <summary>The print bundle written as its documents arrive (<see cref="PdfWriter.BeginBundle"/>): a valid file of every
/// page, one font subset for all, the same text as the letters, the same bytes for the same input.</summary>
public sealed class BundleStreamTests
{
    private static readonly DocumentMetadata Metadata = new("一括印刷：試験", "北海道保健福祉部長", "3件", new DateOnly(2018, 7, 10), "print:test");

    private static (string Path, byte[] Bytes, int Pages) Bundle(IReadOnlyList<Document> documents, string name)
    {
        using var stream = new MemoryStream();
        var bundle = new PdfWriter().BeginBundle(stream);
        foreach (var document in documents) bundle.Add(document);
        var pages = bundle.Finish(Metadata);
        var path = Path.Combine(TempFolder.NewPath("bundle"), name + ".pdf");
        File.WriteAllBytes(path, stream.ToArray());
        return (path, stream.ToArray(), pages);
    }

    [Fact]
    public void EveryDocumentsPagesFollowInOrderWithTheirOwnTextAndOneFontSubset()
    {
        Document[] documents = [TestDocuments.Circular(), TestDocuments.Fixture("table-and-kinsoku.txt"), TestDocuments.Circular()];
        var (path, _, pages) = Bundle(documents, "three");

        var letterPages = documents.Select(d => new PdfWriter().PageLines(d).Count).ToArray();
        Assert.Equal(letterPages.Sum(), pages);
        var (_, info) = ExternalTool.Run("pdfinfo", "-isodates", path);
        Assert.Matches($@"Pages:\s+{pages}\n", info);
        Assert.Matches(@"Title:\s+一括印刷：試験\n", info);
        Assert.Matches(@"Subject:\s+3件\n", info);
        Assert.Matches(@"CreationDate:\s+2018-07-10T00:00:00(Z|\+00)", info);

        var (code, check) = ExternalTool.Run("qpdf", "--check", path);
        Assert.Equal(0, code);
        Assert.DoesNotContain("WARNING", check);

        var (_, fonts) = ExternalTool.Run("pdffonts", path);
        var embedded = fonts.Split('\n').Where(l => l.Contains("CID TrueType", StringComparison.Ordinal)).ToList();
        Assert.Single(embedded); // one subset of IPAex明朝 for the whole bundle
        Assert.Matches(@"^[A-Z]{6}\+IPAexMincho\s.*yes\s+yes\s+yes", embedded[0]);

        // page by page, the text is what each letter's own PDF gives
        var first = 0;
        for (var d = 0; d < documents.Length; d++)
        {
            var letter = PdfFiles.Write(documents[d], $"bundle-letter-{d}");
            for (var page = 1; page <= letterPages[d]; page++)
                Assert.Equal(PageText(letter, page), PageText(path, first + page));
            first += letterPages[d];
        }
    }

    private static string PageText(string pdf, int page)
    {
        var (code, text) = ExternalTool.Run("pdftotext", "-raw", "-enc", "UTF-8", "-f", $"{page}", "-l", $"{page}", pdf, "-");
        Assert.Equal(0, code);
        Assert.False(string.IsNullOrWhiteSpace(text), $"page {page} of {pdf} has no text");
        return text;
    }

    [Fact]
    public void TheSameDocumentsGiveTheSameBytesAndOtherDocumentsAnotherIdentifier()
    {
        var (_, a, _) = Bundle([TestDocuments.Circular()], "same-a");
        var (_, b, _) = Bundle([TestDocuments.Circular()], "same-b");
        var (_, c, _) = Bundle([TestDocuments.Fixture("table-and-kinsoku.txt")], "other");
        Assert.Equal(a, b);
        Assert.NotEqual(IdOf(a), IdOf(c));
    }

    [Fact]
    public void AManyPageBundleIsWrittenPageByPageWithAValidCrossReferenceTable()
    {
        var document = TestDocuments.Circular();
        var (path, bytes, pages) = Bundle([.. Enumerable.Repeat(document, 120)], "many");
        Assert.Equal(120 * new PdfWriter().PageLines(document).Count, pages);
        var (code, check) = ExternalTool.Run("qpdf", "--check", path);
        Assert.True(code == 0, check);
        Assert.DoesNotContain("WARNING", check);
        // pages of the same document share their content: the bundle grows by the content streams, not by fonts
        Assert.True(bytes.Length < 120 * 30_000, $"{bytes.Length} bytes for 120 copies");
    }

    private static string IdOf(byte[] pdf) =>
        System.Text.RegularExpressions.Regex.Match(Encoding.Latin1.GetString(pdf), @"/ID\[<([0-9A-F]+)>").Groups[1].Value;
}
