using System.Text;

namespace Generator.Pdf.Tests;

/// <summary>The file itself: embedded subset fonts, reproducible bytes, metadata, structural validity.</summary>
public class PdfFileTests
{
    [Fact]
    public void FontsAreEmbeddedUnicodeSubsets()
    {
        var (code, output) = ExternalTool.Run("pdffonts", PdfFiles.Write(TestDocuments.Circular(), "fonts"));
        Assert.Equal(0, code);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.Matches(@"^[A-Z]{6}\+IPAexMincho\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s", row);
        });
    }

    [Fact]
    public void SameDocumentGivesTheSameBytes()
    {
        var first = PdfFiles.Bytes(TestDocuments.Circular());
        var second = PdfFiles.Bytes(TestDocuments.Circular(), new PdfWriterOptions());
        Assert.Equal(first, second);
    }

    [Fact]
    public void DifferentIdentifierGivesADifferentDocumentId()
    {
        var a = Encoding.Latin1.GetString(PdfFiles.Bytes(TestDocuments.Parse("@meta id a\n本文")));
        var b = Encoding.Latin1.GetString(PdfFiles.Bytes(TestDocuments.Parse("@meta id b\n本文")));
        Assert.NotEqual(IdOf(a), IdOf(b));
    }

    [Fact]
    public void QpdfCheckIsClean()
    {
        foreach (var fixture in new[] { "circular", "table-and-kinsoku.txt" })
        {
            var (code, output) = ExternalTool.Run("qpdf", "--check", PdfFiles.Write(TestDocuments.Fixture(fixture), "qpdf-" + fixture));
            Assert.Equal(0, code);
            Assert.Contains("No syntax or stream encoding errors found", output);
            Assert.DoesNotContain("WARNING", output);
        }
    }

    [Fact]
    public void MetadataComesFromTheDocument()
    {
        var path = PdfFiles.Write(TestDocuments.Circular(), "metadata");
        var (_, info) = ExternalTool.Run("pdfinfo", "-isodates", path);
        Assert.Matches(@"Title:\s+医療分野の研究開発に資するための匿名加工医療情報に関する法律と個人情報の保護に関する条例との関係について（周知）\n", info);
        Assert.Matches(@"Author:\s+内閣府日本医療研究開発機構・医療情報基盤担当室参事官\n", info);
        Assert.Matches(@"Creator:\s+Generator\n", info);
        Assert.Matches(@"CreationDate:\s+2018-06-29T00:00:00(Z|\+00)", info);
        Assert.Matches(@"ModDate:\s+2018-06-29T00:00:00(Z|\+00)", info);
        var raw = Encoding.Latin1.GetString(File.ReadAllBytes(path));
        Assert.Contains("/Lang(ja-JP)", raw);
        Assert.Contains("<xmp:CreateDate>2018-06-29T00:00:00Z</xmp:CreateDate>", raw);
    }

    private static string IdOf(string pdf) => System.Text.RegularExpressions.Regex.Match(pdf, @"/ID\[<([0-9A-F]+)>").Groups[1].Value;
}
