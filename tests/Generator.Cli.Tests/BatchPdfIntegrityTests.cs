using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>Regression: PDFs written by a batch (several per thread, reused buffers) are whole and readable.</summary>
[Collection("cli")]
public sealed class BatchPdfIntegrityTests
{
    [Fact]
    public void Every_batch_pdf_passes_qpdf_and_names_its_recipient()
    {
        var dir = Path.Combine(CliRunner.TempDir(), "out");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", "builtin:code=011002,012025,012033,012041",
            "--format", "docx,pdf", "--parallel", "1", "--out", dir);
        Assert.True(exit == 0, error);
        foreach (var (code, name) in new[] { ("011002", "札幌市"), ("012025", "函館市"), ("012033", "小樽市"), ("012041", "旭川市") })
        {
            var pdf = Path.Combine(dir, $"{code}_{name}.pdf");
            PdfTools.AssertQpdfClean(pdf);
            Assert.Contains(name + "長", PdfTools.Text(pdf));
            Assert.InRange(new FileInfo(pdf).Length, 10_000, 120_000);
        }
    }
}
