using Generator.Writers;

namespace Generator.Pdf.Tests;

/// <summary>The writer as the CLI sees it: format name, extension, thread safety.</summary>
public class PdfWriterTests
{
    [Fact]
    public void IsThePdfFormat()
    {
        IDocumentWriter writer = new PdfWriter();
        Assert.Equal("pdf", writer.Format);
        Assert.Equal("pdf", writer.Extension);
    }

    [Fact]
    public void OutputStartsAsPdfAndEndsWithEof()
    {
        var bytes = PdfFiles.Bytes(TestDocuments.Parse("本文"));
        Assert.Equal("%PDF-1.7"u8.ToArray(), bytes[..8]);
        Assert.EndsWith("%%EOF\n", System.Text.Encoding.ASCII.GetString(bytes[^16..]));
    }

    [Fact]
    public void EmptyDocumentIsOneNumberedPage()
    {
        var lines = new PdfWriter().PageLines(TestDocuments.Parse(""));
        Assert.Equal(["1"], Assert.Single(lines));
        Assert.True(PdfFiles.Bytes(TestDocuments.Parse("")).Length > 500);
    }

    [Fact]
    public void ConcurrentWritesGiveTheSameBytes()
    {
        var writer = new PdfWriter();
        var document = TestDocuments.Circular();
        var results = new byte[6][];
        Parallel.For(0, results.Length, i =>
        {
            using var stream = new MemoryStream();
            writer.Write(document, stream);
            results[i] = stream.ToArray();
        });
        Assert.All(results, r => Assert.Equal(results[0], r));
    }
}
