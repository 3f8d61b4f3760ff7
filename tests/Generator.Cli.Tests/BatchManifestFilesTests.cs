using System.Text.Json;
using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>manifest.json's list of files is what the next run trusts to tell its own files from the user's. Issue 17 made
/// it in parallel with the entries, with print.pdf hashed as it is written and manifest.csv as it is written: every file of
/// the folder but manifest.json is listed, in ordinal order, with its real SHA-256 and size, and a rerun into the folder
/// finds none of them edited.</summary>
[Collection("cli")]
public sealed class BatchManifestFilesTests
{
    [Fact]
    public void Every_file_but_manifest_json_is_listed_in_order_with_its_real_hash_and_size_and_a_rerun_finds_none_edited()
    {
        var temp = CliRunner.TempDir();
        var recipients = BatchLabelsAndMailTests.WriteRecipients(temp); // addresses and e-mail: labels.pdf and eml/ as well
        var dir = BatchDeterminismTests.Run(temp, recipients, "out", "docx,pdf", "2", "--eml");

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray()
            .Select(f => (Path: f.GetProperty("path").GetString()!, Sha256: f.GetProperty("sha256").GetString()!, Bytes: f.GetProperty("bytes").GetInt64()))
            .ToList();
        var onDisk = Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
            .Where(f => f != "manifest.json")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(onDisk, files.Select(f => f.Path));
        Assert.Contains("print.pdf", onDisk);
        Assert.Contains("labels.pdf", onDisk);
        Assert.Contains("manifest.csv", onDisk);
        Assert.Contains(onDisk, f => f.StartsWith("eml/", StringComparison.Ordinal));
        foreach (var (path, sha256, bytes) in files)
        {
            var full = Path.Combine(dir, path);
            Assert.True(FolderSnapshot.Sha256(full) == sha256, $"{path}: the listed SHA-256 is not the file's");
            Assert.Equal(new FileInfo(full).Length, bytes);
        }

        var (exit, _, error) = CliRunner.Run(["batch", "forwarding-notice", "--recipients", recipients, "--format", "docx,pdf", "--out", dir, "--eml"]);
        Assert.True(exit == 0, error);
    }
}
