namespace Generator.Pdf.Tests;

public class SmokeTests
{
    [Fact]
    public void WritesCircular()
    {
        var writer = new PdfWriter();
        using var stream = new MemoryStream();
        writer.Write(TestDocuments.Circular(), stream);
        Directory.CreateDirectory("/tmp/pdfout");
        File.WriteAllBytes("/tmp/pdfout/circular.pdf", stream.ToArray());
        Assert.True(stream.Length > 1000);
    }
}
