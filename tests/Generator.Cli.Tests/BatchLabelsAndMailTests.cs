using Generator.Cli.Tests.Support;
using MimeKit;

namespace Generator.Cli.Tests;

/// <summary>Whole-run outputs from a recipient file: address labels (labels.pdf) and e-mail drafts (eml/*.eml, --eml).</summary>
[Collection("cli")]
public sealed class BatchLabelsAndMailTests
{
    private const string Title = "医療分野の研究開発に資するための匿名加工医療情報に関する法律と個人情報の保護に関する条例との関係について（通知）";

    /// <summary>札幌市: address and e-mail; 函館市: address only (postal code as seven digits); 千代田区: e-mail only.</summary>
    internal static string WriteRecipients(string folder) => RecipientFile.WriteCsv(folder, "送付先.csv",
        "code,postal_code,address,email,department",
        "011002,060-8611,北海道札幌市中央区北1条西2丁目,soumu@city.sapporo.jp,総務局",
        "012025,0408666,北海道函館市東雲町4番13号,,総務部",
        "131016,,,somu@city.chiyoda.lg.jp,政策経営部");

    [Fact]
    public void Labels_hold_the_recipients_with_an_address_and_their_head_with_sama_as_the_document_does()
    {
        var temp = CliRunner.TempDir();
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", WriteRecipients(temp), "--format", "docx,pdf", "--out", dir);
        Assert.True(exit == 0, error);

        var labels = Path.Combine(dir, "labels.pdf");
        Assert.Equal(1, PdfTools.Pages(labels));
        var lines = PdfTools.Lines(labels);
        Assert.Contains("〒060-8611", lines);
        Assert.Contains("北海道札幌市中央区北1条西2丁目", lines);
        Assert.Contains("〒040-8666", lines);                 // 0408666 normalised to NNN-NNNN
        Assert.Contains("北海道函館市東雲町4番13号", lines);
        // issue 15: the label shows the document's addressee (the head, 様) and no 担当課 line above it; with
        // addressed_to: department it would read 「札幌市総務局　御中」 (OfficeMergeTests)
        Assert.DoesNotContain(lines, l => l.Contains("総務局", StringComparison.Ordinal) || l.Contains("総務部", StringComparison.Ordinal));
        var names = lines.Where(l => l.EndsWith('様')).Select(l => l.Replace(" ", "").Replace("\u3000", "")).ToList();
        Assert.Equal(["札幌市長様", "函館市長様"], names);    // 「札幌市長　様」; 千代田区 has no address: no label
        Assert.DoesNotContain(lines, l => l.Contains("千代田", StringComparison.Ordinal) || l.Contains("政策経営部", StringComparison.Ordinal));
        // without -raw, the label's name line keeps its gap between head and 様
        Assert.Matches(@"札幌市長[ \u3000]+様", ExternalTool.Run("pdftotext", "-enc", "UTF-8", "-layout", labels, "-").Out);
    }

    [Fact]
    public void Eml_drafts_are_made_exactly_for_recipients_with_an_email_and_attach_their_pdf()
    {
        var temp = CliRunner.TempDir();
        var recipients = WriteRecipients(temp);
        var dir = Path.Combine(temp, "out");
        var (exit, output, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", recipients, "--format", "docx,pdf", "--eml", "--out", dir);
        Assert.True(exit == 0, error);
        Assert.Contains("3 recipients, 6 documents", output);

        Assert.Equal(["011002_札幌市.eml", "131016_千代田区.eml"],
            Directory.GetFiles(Path.Combine(dir, "eml")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["eml"], Directory.GetDirectories(dir).Select(Path.GetFileName));

        foreach (var (stem, address, head) in new[] { ("011002_札幌市", "soumu@city.sapporo.jp", "札幌市長"), ("131016_千代田区", "somu@city.chiyoda.lg.jp", "千代田区長") })
        {
            var message = MimeMessage.Load(Path.Combine(dir, "eml", stem + ".eml"));
            var to = Assert.Single(message.To.Mailboxes);
            Assert.Equal(address, to.Address);
            Assert.Contains(head, to.Name);
            Assert.Empty(message.Cc);
            Assert.Empty(message.Bcc);
            Assert.Equal(Title, message.Subject);
            Assert.Equal(new DateTimeOffset(2018, 7, 10, 0, 0, 0, TimeSpan.Zero).Date, message.Date.Date); // the notice's date, not the clock
            Assert.Equal("1", message.Headers["X-Unsent"]);
            Assert.Contains(head, message.TextBody);
            Assert.Contains(Title, message.TextBody);

            var attachment = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
            Assert.Equal("application/pdf", attachment.ContentType.MimeType);
            Assert.Equal(stem + ".pdf", attachment.FileName);
            using var bytes = new MemoryStream();
            attachment.Content.DecodeTo(bytes);
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir, stem + ".pdf")), bytes.ToArray());
        }

    }

    [Fact]
    public void Eml_without_pdf_is_a_usage_error()
    {
        var temp = CliRunner.TempDir();
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", WriteRecipients(temp), "--format", "docx", "--eml", "--out", Path.Combine(temp, "out"));
        Assert.Equal(2, exit);
        Assert.Contains("--eml attaches the PDF", error);
        Assert.False(Directory.Exists(Path.Combine(temp, "out")));
    }
}
