using System.Text.Json;
using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>--skip-unchanged through the CLI: recipients whose document did not change keep their files; a changed one is made anew.</summary>
[Collection("cli")]
public sealed class BatchSkipUnchangedTests
{
    private static string WriteRecipients(string folder, string hakodateAddressee) => RecipientFile.WriteCsv(folder, "送付先.csv",
        "code,addressee,department",
        "011002,札幌市長　秋元　克広,総務局",
        $"012025,{hakodateAddressee},総務部",
        "131016,,政策経営部");

    [Fact]
    public void An_unchanged_rerun_reuses_every_recipient_and_a_changed_addressee_renders_only_that_recipient()
    {
        var temp = CliRunner.TempDir();
        var dir = Path.Combine(temp, "out");
        string[] Batch() => ["batch", "forwarding-notice", "--recipients", Path.Combine(temp, "送付先.csv"), "--format", "docx,pdf", "--out", dir, "--skip-unchanged"];

        WriteRecipients(temp, "函館市長　大泉　潤");
        var (exit, output, error) = CliRunner.Run(Batch());
        Assert.True(exit == 0, error);
        Assert.Contains("3 recipients, 6 documents, ", output);
        Assert.DoesNotContain("reused", output);                    // nothing to reuse on the first run
        var first = FolderSnapshot.Take(dir);
        Assert.Contains("札幌市長\u3000秋元\u3000克広\u3000様", DocxText.Paragraphs(Path.Combine(dir, "011002_札幌市.docx")));

        // the same input again: every recipient reused, every file (run files included) the same bytes
        (exit, output, error) = CliRunner.Run(Batch());
        Assert.True(exit == 0, error);
        Assert.Contains("3 recipients, 6 documents (3 recipients unchanged, reused)", output);
        Assert.Equal(first, FolderSnapshot.Take(dir));

        // the department is not printed by forwarding-notice: still all reused
        RecipientFile.WriteCsv(temp, "送付先.csv", "code,addressee,department",
            "011002,札幌市長　秋元　克広,総務局", "012025,函館市長　大泉　潤,企画部", "131016,,政策経営部");
        (exit, output, error) = CliRunner.Run(Batch());
        Assert.True(exit == 0, error);
        Assert.Contains("(3 recipients unchanged, reused)", output);

        // a printed field changes for 函館市 only: it is made anew, the others are reused with their bytes
        WriteRecipients(temp, "函館市長　工藤　寿樹");
        (exit, output, error) = CliRunner.Run(Batch());
        Assert.True(exit == 0, error);
        Assert.Contains("3 recipients, 6 documents (2 recipients unchanged, reused)", output);
        var third = FolderSnapshot.Take(dir).ToDictionary(l => l[..l.LastIndexOf(' ')], l => l[(l.LastIndexOf(' ') + 1)..]);
        var before = first.ToDictionary(l => l[..l.LastIndexOf(' ')], l => l[(l.LastIndexOf(' ') + 1)..]);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), third.Keys.Order(StringComparer.Ordinal));
        foreach (var name in new[] { "011002_札幌市.docx", "011002_札幌市.pdf", "131016_千代田区.docx", "131016_千代田区.pdf" })
            Assert.Equal(before[name], third[name]);
        foreach (var name in new[] { "012025_函館市.docx", "012025_函館市.pdf", "manifest.json", "manifest.csv", "print.pdf" })
            Assert.NotEqual(before[name], third[name]);

        var hakodate = DocxText.Paragraphs(Path.Combine(dir, "012025_函館市.docx"));
        Assert.Contains("函館市長\u3000工藤\u3000寿樹\u3000様", hakodate);
        Assert.DoesNotContain(hakodate, p => p.Contains("大泉", StringComparison.Ordinal));
        Assert.Contains("函館市長 工藤 寿樹 様", PdfTools.Lines(Path.Combine(dir, "012025_函館市.pdf")).Select(l => l.Replace('\u3000', ' ')));

        // the manifest records the new hashes
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "manifest.json")));
        foreach (var file in manifest.RootElement.GetProperty("entries").EnumerateArray().SelectMany(e => e.GetProperty("files").EnumerateArray()))
            Assert.Equal(third[file.GetProperty("file_name").GetString()!], file.GetProperty("sha256").GetString());
    }

    [Fact]
    public void A_reused_file_that_was_edited_since_is_made_anew_only_with_overwrite_edited()
    {
        var temp = CliRunner.TempDir();
        var dir = Path.Combine(temp, "out");
        var recipients = WriteRecipients(temp, "函館市長　大泉　潤");
        string[] batch = ["batch", "forwarding-notice", "--recipients", recipients, "--format", "txt,docx", "--out", dir, "--skip-unchanged"];
        var (exit, _, error) = CliRunner.Run(batch);
        Assert.True(exit == 0, error);
        var first = FolderSnapshot.Take(dir);

        File.AppendAllText(Path.Combine(dir, "011002_札幌市.txt"), "手で書き足した行\n");
        var edited = FolderSnapshot.Take(dir);
        (exit, _, error) = CliRunner.Run(batch);
        Assert.Equal(1, exit);                           // the edit is never lost silently
        Assert.Contains("011002_札幌市.txt", error);
        Assert.Equal(edited, FolderSnapshot.Take(dir));

        (exit, var output, error) = CliRunner.Run([.. batch, "--overwrite-edited"]);
        Assert.True(exit == 0, error);
        Assert.Contains("(2 recipients unchanged, reused)", output);
        Assert.Equal(first, FolderSnapshot.Take(dir));   // the edit is gone: the file is the generated one again
    }
}
