using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>Same input → same bytes, whatever the parallelism (--parallel 1 against 4).</summary>
/// <remarks>The per-recipient PDFs, and with them manifests and .eml drafts, are covered by <see cref="BatchPdfFileTests"/>.</remarks>
[Collection("cli")]
public sealed class BatchDeterminismTests
{
    [Fact]
    public void A_txt_and_docx_batch_twice_gives_byte_identical_folders_manifests_included()
    {
        var temp = CliRunner.TempDir();
        var recipients = BatchLabelsAndMailTests.WriteRecipients(temp);
        var first = FolderSnapshot.Take(Run(temp, recipients, "first", "txt,docx", "1"));
        var second = FolderSnapshot.Take(Run(temp, recipients, "second", "txt,docx", "4"));

        Assert.Equal(
        [
            "011002_札幌市.docx", "011002_札幌市.txt", "012025_函館市.docx", "012025_函館市.txt", "131016_千代田区.docx", "131016_千代田区.txt",
            "manifest.csv", "manifest.json",
        ], first.Select(l => l[..l.LastIndexOf(' ')]));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Print_bundle_and_labels_are_byte_identical_across_runs()
    {
        var temp = CliRunner.TempDir();
        var recipients = BatchLabelsAndMailTests.WriteRecipients(temp);
        var first = Run(temp, recipients, "first", "docx,pdf", "1");
        var second = Run(temp, recipients, "second", "docx,pdf", "4");
        foreach (var name in new[] { "print.pdf", "labels.pdf" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(first, name));
            Assert.True(bytes.Length > 1000);
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(second, name)));
        }
    }

    internal static string Run(string temp, string recipients, string name, string formats, string parallel, params string[] more)
    {
        var dir = Path.Combine(temp, name);
        var (exit, _, error) = CliRunner.Run(["batch", "forwarding-notice", "--recipients", recipients, "--format", formats, "--parallel", parallel, "--out", dir, .. more]);
        Assert.True(exit == 0, error);
        return dir;
    }
}
