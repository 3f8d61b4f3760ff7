using Generator.Cli.Tests.Support;
using MimeKit;

namespace Generator.Cli.Tests;

/// <summary>別添 through the CLI (issue 15): notice.yaml names attachments — a PDF file or another template rendered for the
/// same recipient — that go into every recipient's PDF, print.pdf and the e-mail drafts; a missing or unreadable one
/// stops the run before anything is written. The drafts' Date is the notice's date in JST; a template's mail.sbn is the body.</summary>
[Collection("cli")]
public sealed class AttachmentAndMailTests
{
    /// <summary>A notice for forwarding-notice in <paramref name="folder"/> with <paramref name="attachments"/> (YAML list lines) appended.</summary>
    private static string WriteNotice(string folder, params string[] attachments)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "notice.yaml");
        var text = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "templates", "forwarding-notice", "notice.yaml"));
        File.WriteAllText(path, text + "\nenclosures:\n" + string.Concat(attachments.Select(a => $"  - {a}\n")));
        return path;
    }

    /// <summary>The 2018 circular rendered as a 2-page PDF, then its first page turned by 90° (a scanned page lying sideways).</summary>
    private static string WriteRotatedPdf(string folder)
    {
        var rendered = Path.Combine(folder, "rendered");
        var (exit, _, error) = CliRunner.Run("render", "circular", "--data", Path.Combine(CliRunner.RepoRoot, "templates", "circular", "notice.yaml"), "--format", "pdf", "--out", rendered);
        Assert.True(exit == 0, error);
        var rotated = Path.Combine(folder, "国通知.pdf");
        var qpdf = ExternalTool.Run("qpdf", "--rotate=+90:1", Path.Combine(rendered, "circular.pdf"), rotated);
        Assert.True(qpdf.Exit == 0, qpdf.Err);
        return rotated;
    }

    private static string Rotation(string pdf, int page)
    {
        var (exit, output, error) = ExternalTool.Run("pdfinfo", "-f", $"{page}", "-l", $"{page}", pdf);
        Assert.True(exit == 0, error);
        return output.Split('\n').First(l => l.StartsWith($"Page {page,4} rot:", StringComparison.Ordinal)).Split(':')[1].Trim();
    }

    private static string PageText(string pdf, int page) =>
        ExternalTool.Run("pdftotext", "-raw", "-enc", "UTF-8", "-f", $"{page}", "-l", $"{page}", pdf, "-").Out;

    [Fact]
    public void Each_recipient_pdf_has_the_notice_then_the_attached_file_and_the_rendered_template_and_print_pdf_has_them_all()
    {
        var temp = CliRunner.TempDir();
        var rotated = WriteRotatedPdf(temp);
        var notice = WriteNotice(temp, "file: 国通知.pdf", "template: circular");
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--data", notice, "--recipients", BatchLabelsAndMailTests.WriteRecipients(temp), "--format", "docx,pdf", "--out", dir);
        Assert.True(exit == 0, error);

        var plain = Path.Combine(temp, "plain");
        Assert.Equal(0, CliRunner.Run("batch", "forwarding-notice", "--recipients", BatchLabelsAndMailTests.WriteRecipients(temp), "--format", "pdf", "--out", plain).Exit);
        var noticePages = PdfTools.Pages(Path.Combine(plain, "011002_札幌市.pdf"));
        var attachedPages = PdfTools.Pages(rotated);

        var sapporo = Path.Combine(dir, "011002_札幌市.pdf");
        PdfTools.AssertQpdfClean(sapporo);
        Assert.Equal(noticePages + 2 * attachedPages, PdfTools.Pages(sapporo));
        Assert.Contains("札幌市長", PageText(sapporo, 1));
        Assert.DoesNotContain("内閣府日本医療研究開発機構", PageText(sapporo, 1));
        Assert.Contains("内閣府日本医療研究開発機構", PageText(sapporo, noticePages + 1));      // the attached file…
        Assert.Equal("90", Rotation(sapporo, noticePages + 1));                               // …its rotation kept
        Assert.Equal("0", Rotation(sapporo, noticePages + 2));
        Assert.Contains("内閣府日本医療研究開発機構", PageText(sapporo, noticePages + attachedPages + 1)); // the rendered circular
        Assert.Equal("0", Rotation(sapporo, noticePages + attachedPages + 1));

        var print = Path.Combine(dir, "print.pdf");
        PdfTools.AssertQpdfClean(print);
        var each = new[] { "011002_札幌市", "012025_函館市", "131016_千代田区" }.Select(s => PdfTools.Pages(Path.Combine(dir, s + ".pdf"))).ToList();
        Assert.Equal(each.Sum(), PdfTools.Pages(print));
        Assert.Contains("函館市長", PageText(print, each[0] + 1));
        Assert.Equal("90", Rotation(print, each[0] + noticePages + 1));

        var manifest = File.ReadAllText(Path.Combine(dir, "manifest.json"));
        Assert.Contains("\"pages\": " + (noticePages + 2 * attachedPages), manifest);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes_with_attachments()
    {
        var temp = CliRunner.TempDir();
        WriteRotatedPdf(temp);
        var notice = WriteNotice(temp, "file: 国通知.pdf");
        var recipients = BatchLabelsAndMailTests.WriteRecipients(temp);
        foreach (var run in new[] { "a", "b" })
            Assert.Equal(0, CliRunner.Run("batch", "forwarding-notice", "--data", notice, "--recipients", recipients, "--format", "pdf", "--out", Path.Combine(temp, run)).Exit);
        foreach (var file in new[] { "011002_札幌市.pdf", "print.pdf" })
            Assert.Equal(FolderSnapshot.Sha256(Path.Combine(temp, "a", file)), FolderSnapshot.Sha256(Path.Combine(temp, "b", file)));
    }

    [Fact]
    public void Eml_drafts_attach_the_pdf_with_its_attachments_and_are_dated_in_jst()
    {
        var temp = CliRunner.TempDir();
        WriteRotatedPdf(temp);
        var notice = WriteNotice(temp, "file: 国通知.pdf");
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--data", notice, "--recipients", BatchLabelsAndMailTests.WriteRecipients(temp), "--format", "pdf", "--eml", "--out", dir);
        Assert.True(exit == 0, error);

        var message = MimeMessage.Load(Path.Combine(dir, "eml", "011002_札幌市.eml"));
        Assert.Equal(new DateTimeOffset(2018, 7, 10, 0, 0, 0, TimeSpan.FromHours(9)), message.Date);
        Assert.Equal(TimeSpan.FromHours(9), message.Date.Offset);
        var attachment = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
        var saved = Path.Combine(temp, "from-mail.pdf");
        using (var file = File.Create(saved)) attachment.Content.DecodeTo(file);
        Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "011002_札幌市.pdf")), File.ReadAllBytes(saved));
        var pages = PdfTools.Pages(saved);
        Assert.Contains("内閣府日本医療研究開発機構", PageText(saved, pages - 1)); // the 別添 travels inside the attached PDF
    }

    [Fact]
    public void Beside_writes_each_attachment_as_its_own_pdf_owned_by_the_run_attached_to_the_draft_and_in_print_pdf()
    {
        var temp = CliRunner.TempDir();
        var rotated = WriteRotatedPdf(temp);
        var notice = WriteNotice(temp, "file: 国通知.pdf");
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--data", notice, "--recipients", BatchLabelsAndMailTests.WriteRecipients(temp),
            "--format", "pdf", "--eml", "--enclosures", "beside", "--out", dir);
        Assert.True(exit == 0, error);

        var plain = Path.Combine(dir, "011002_札幌市.pdf");
        var enclosure = Path.Combine(dir, "011002_札幌市_別添1.pdf");
        Assert.Equal(File.ReadAllBytes(rotated), File.ReadAllBytes(enclosure));             // the file as received
        Assert.DoesNotContain("内閣府日本医療研究開発機構", PdfTools.Text(plain));              // not appended
        Assert.Contains("\"011002_札幌市_別添1.pdf\"", File.ReadAllText(Path.Combine(dir, "manifest.json")));
        Assert.Contains("011002_札幌市_別添1.pdf", File.ReadAllText(Path.Combine(dir, "manifest.csv")));

        var message = MimeMessage.Load(Path.Combine(dir, "eml", "011002_札幌市.eml"));
        Assert.Equal(["011002_札幌市.pdf", "011002_札幌市_別添1.pdf"], message.Attachments.OfType<MimePart>().Select(a => a.FileName));

        var each = new[] { "011002_札幌市", "012025_函館市", "131016_千代田区" }.Sum(s => PdfTools.Pages(Path.Combine(dir, s + ".pdf")) + PdfTools.Pages(rotated));
        Assert.Equal(each, PdfTools.Pages(Path.Combine(dir, "print.pdf")));

        // a second run into the same folder replaces them: they are the run's own files
        var again = CliRunner.Run("batch", "forwarding-notice", "--data", notice, "--recipients", BatchLabelsAndMailTests.WriteRecipients(temp),
            "--format", "pdf", "--enclosures", "beside", "--out", dir);
        Assert.True(again.Exit == 0, again.Err);
    }

    [Fact]
    public void A_missing_attachment_is_an_error_and_nothing_is_written()
    {
        var temp = CliRunner.TempDir();
        var notice = WriteNotice(temp, "file: 国通知.pdf");
        var dir = Path.Combine(temp, "out");
        var (exit, output, error) = CliRunner.Run("batch", "forwarding-notice", "--data", notice, "--recipients", BatchLabelsAndMailTests.WriteRecipients(temp), "--format", "pdf", "--out", dir);
        Assert.Equal(1, exit);
        Assert.Contains("国通知.pdf", error);
        Assert.Contains("does not exist", error);
        Assert.False(Directory.Exists(dir));
        ErrorGolden.AssertMatches("attach-missing-file", error, temp);
    }

    [Fact]
    public void An_unreadable_attachment_is_an_error_and_nothing_is_written()
    {
        var temp = CliRunner.TempDir();
        var notice = WriteNotice(temp, "file: 国通知.pdf");
        File.WriteAllText(Path.Combine(temp, "国通知.pdf"), "これはPDFではない");
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--data", notice, "--recipients", BatchLabelsAndMailTests.WriteRecipients(temp), "--format", "pdf", "--out", dir);
        Assert.Equal(1, exit);
        Assert.Contains("is not a PDF that can be read", error);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void An_attachment_entry_without_file_or_template_is_an_error_naming_its_line()
    {
        var temp = CliRunner.TempDir();
        var notice = WriteNotice(temp, "file: a.pdf\n    template: circular");
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--data", notice, "--recipients", BatchLabelsAndMailTests.WriteRecipients(temp), "--format", "pdf", "--out", dir);
        Assert.Equal(1, exit);
        ErrorGolden.AssertMatches("attach-file-and-template", error, temp);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void A_templates_own_mail_sbn_is_the_body_with_the_contact_lines()
    {
        var temp = CliRunner.TempDir();
        var templates = Path.Combine(temp, "templates");
        CopyFolder(Path.Combine(CliRunner.RepoRoot, "templates"), templates);
        File.WriteAllText(Path.Combine(templates, "forwarding-notice", "mail.sbn"),
            "{{ addressee }}\n\n{{ title }}を送付します。\n{{ for line in contact }}{{ line }}\n{{ end }}");
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--templates", templates, "--recipients", BatchLabelsAndMailTests.WriteRecipients(temp), "--format", "pdf", "--eml", "--out", dir);
        Assert.True(exit == 0, error);
        var text = MimeMessage.Load(Path.Combine(dir, "eml", "011002_札幌市.eml")).TextBody.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.StartsWith("札幌市長　様\n\n", text);
        Assert.Contains("を送付します。\n担当：北海道保健福祉部○○課○○係\n電話：011-000-0000（内線00-000）\n", text);
        Assert.DoesNotContain("標記の件について", text);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
