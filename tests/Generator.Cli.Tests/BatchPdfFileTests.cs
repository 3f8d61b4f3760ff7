using Generator.Cli.Tests.Support;
using MimeKit;

namespace Generator.Cli.Tests;

/// <summary>Per-recipient PDFs of a batch: whole (qpdf), equal to what render writes, and byte-identical across runs.</summary>
[Collection("cli")]
public sealed class BatchPdfFileTests
{
    [Fact]
    public void Every_recipient_pdf_of_a_batch_is_clean_and_equals_the_pdf_render_writes()
    {
        var temp = CliRunner.TempDir();
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", "builtin:code=011002,023213,131016", "--format", "docx,pdf", "--out", dir);
        Assert.True(exit == 0, error);
        foreach (var stem in new[] { "011002_札幌市", "023213_鰺ヶ沢町", "131016_千代田区" })
        {
            var pdf = Path.Combine(dir, stem + ".pdf");
            PdfTools.AssertQpdfClean(pdf);
            var single = Path.Combine(temp, "render-" + stem[..6]);
            (exit, _, error) = CliRunner.Run("render", "forwarding-notice", "--recipient", stem[..6], "--format", "pdf,docx", "--out", single);
            Assert.True(exit == 0, error);
            Assert.Equal(File.ReadAllBytes(Path.Combine(single, stem + ".pdf")), File.ReadAllBytes(pdf));
            Assert.Equal(File.ReadAllBytes(Path.Combine(single, stem + ".docx")), File.ReadAllBytes(Path.Combine(dir, stem + ".docx")));
        }
    }

    /// <summary>Issue 17: a letter's font subset leads with its template's characters, which must not depend on what the run
    /// rendered before it — here the batch renders the circular (the 別添 template) with the same generator first; render
    /// makes the letter alone. With the 別添 beside the letter, the letter's PDF is the same bytes either way.</summary>
    [Fact]
    public void A_letter_of_a_batch_with_a_rendered_enclosure_equals_the_pdf_render_writes()
    {
        var temp = CliRunner.TempDir();
        var data = Path.Combine(CliRunner.RepoRoot, "scripts", "data", "forwarding-notice.yaml");
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--data", data, "--recipients", "builtin:code=011002,023213",
            "--format", "pdf", "--no-print", "--enclosures", "beside", "--out", dir);
        Assert.True(exit == 0, error);
        Assert.True(File.Exists(Path.Combine(dir, "023213_鰺ヶ沢町_別添1.pdf")));
        foreach (var stem in new[] { "011002_札幌市", "023213_鰺ヶ沢町" })
        {
            var single = Path.Combine(temp, "render-" + stem[..6]);
            (exit, _, error) = CliRunner.Run("render", "forwarding-notice", "--data", data, "--recipient", stem[..6], "--format", "pdf", "--out", single);
            Assert.True(exit == 0, error);
            Assert.Equal(File.ReadAllBytes(Path.Combine(single, stem + ".pdf")), File.ReadAllBytes(Path.Combine(dir, stem + ".pdf")));
        }
    }

    [Fact]
    public void The_same_batch_twice_gives_byte_identical_folders_pdfs_manifests_and_eml_included()
    {
        var temp = CliRunner.TempDir();
        var recipients = BatchLabelsAndMailTests.WriteRecipients(temp);
        var first = FolderSnapshot.Take(BatchDeterminismTests.Run(temp, recipients, "first", "txt,docx,pdf", "1", "--eml"));
        var second = FolderSnapshot.Take(BatchDeterminismTests.Run(temp, recipients, "second", "txt,docx,pdf", "4", "--eml"));

        Assert.Equal(
        [
            "011002_札幌市.docx", "011002_札幌市.pdf", "011002_札幌市.txt", "012025_函館市.docx", "012025_函館市.pdf", "012025_函館市.txt",
            "131016_千代田区.docx", "131016_千代田区.pdf", "131016_千代田区.txt", "eml/011002_札幌市.eml", "eml/131016_千代田区.eml",
            "labels.pdf", "manifest.csv", "manifest.json", "print.pdf",
        ], first.Select(l => l[..l.LastIndexOf(' ')]));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Eml_drafts_are_byte_identical_on_a_rerun()
    {
        var temp = CliRunner.TempDir();
        var recipients = BatchLabelsAndMailTests.WriteRecipients(temp);
        var first = BatchDeterminismTests.Run(temp, recipients, "first", "docx,pdf", "2", "--eml");
        var again = BatchDeterminismTests.Run(temp, recipients, "again", "docx,pdf", "2", "--eml");
        var drafts = Directory.GetFiles(Path.Combine(first, "eml"));
        Assert.Equal(2, drafts.Length);
        foreach (var eml in drafts)
        {
            Assert.Equal(File.ReadAllBytes(eml), File.ReadAllBytes(Path.Combine(again, "eml", Path.GetFileName(eml))));
            var attachment = Assert.IsType<MimePart>(Assert.Single(MimeMessage.Load(eml).Attachments));
            using var bytes = new MemoryStream();
            attachment.Content.DecodeTo(bytes);
            Assert.Equal(File.ReadAllBytes(Path.Combine(again, attachment.FileName)), bytes.ToArray());
        }
    }

    /// <summary>Issue 17: the letters of a batch lead their font subsets with the template's glyphs, whose outlines are one
    /// piece of the font program compressed once for the run — found byte for byte in the FontFile2 stream of every letter
    /// that draws the same of the template's characters (here two towns: 鰺ヶ沢町 and 与那国町 print 町 where a city prints 市).</summary>
    [Fact]
    public void The_letters_of_a_batch_share_the_compressed_outlines_of_the_templates_glyphs()
    {
        var temp = CliRunner.TempDir();
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", "builtin:code=023213,473821",
            "--format", "pdf", "--no-print", "--out", dir);
        Assert.True(exit == 0, error);
        var programs = Directory.GetFiles(dir, "*.pdf").Order(StringComparer.Ordinal).Select(StoredFontProgram).ToList();
        Assert.Equal(2, programs.Count);
        var piece = programs[0].AsSpan(programs[0].Length / 2 - 4096, 8192).ToArray(); // well inside the leading outlines
        foreach (var program in programs.Skip(1))
            Assert.True(program.AsSpan().IndexOf(piece) > 0, "a letter's font program does not hold the run's compressed outlines");
    }

    /// <summary>The FontFile2 stream of a PDF as stored (compressed).</summary>
    private static byte[] StoredFontProgram(string path)
    {
        var pdf = File.ReadAllBytes(path);
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var number = System.Text.RegularExpressions.Regex.Match(text, @"/FontFile2 (\d+) 0 R").Groups[1].Value;
        var stream = System.Text.RegularExpressions.Regex.Match(text, $@"\n{number} 0 obj\n<<[^\n]*?/Length (\d+)>>\nstream\n");
        Assert.True(stream.Success, path);
        return pdf.AsSpan(stream.Index + stream.Length, int.Parse(stream.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }
}
