using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>A batch killed while it writes (the real CLI in a child process) leaves the output folder exactly as it was.</summary>
[Collection("cli")]
public sealed class BatchInterruptionTests
{
    private const int SigKill = 9;
    private const int SigTerm = 15;

    [Fact]
    public void Sigterm_while_writing_exits_130_leaves_the_previous_output_and_no_staging_folder()
    {
        var (temp, dir, before) = PreviousRun();
        var tmpdir = Directory.CreateDirectory(Path.Combine(temp, "tmp")).FullName;

        using var child = ChildCli.Start(tmpdir, "batch", "forwarding-notice", "--recipients", "builtin:all", "--format", "docx,pdf", "--out", dir);
        var staging = Path.Combine(temp, $".out.staging-{child.Id}");
        child.WaitUntil(() => FileCount(staging) >= 20, $"{staging} holding files");
        child.Signal(SigTerm);
        var exit = child.WaitForExit();

        Assert.True(exit == 130, $"exit {exit}\n{child.Error}");
        Assert.Contains("interrupted; the output folder was left as it was", child.Error);
        Assert.DoesNotContain("1788 recipients", child.Output);
        Assert.Equal(before, FolderSnapshot.Take(dir));
        Assert.Equal(["out", "tmp"], Directory.GetFileSystemEntries(temp).Select(Path.GetFileName).Order(StringComparer.Ordinal)); // no .out.staging-*, no .out.old-*
        Assert.Empty(Directory.GetFileSystemEntries(tmpdir));   // nor a print bundle spilled to TMPDIR
    }

    [Fact]
    public void Sigterm_while_validating_exits_130_and_writes_nothing()
    {
        var (temp, dir, before) = PreviousRun();
        var tmpdir = Directory.CreateDirectory(Path.Combine(temp, "tmp")).FullName;

        using var child = ChildCli.Start(tmpdir, "batch", "forwarding-notice", "--recipients", "builtin:all", "--format", "docx,pdf", "--out", dir);
        child.WaitUntil(() => child.Output.Contains("validate: ", StringComparison.Ordinal), "the first validate progress line");
        child.Signal(SigTerm);
        var exit = child.WaitForExit();

        Assert.True(exit == 130, $"exit {exit}\n{child.Error}");
        Assert.Equal(before, FolderSnapshot.Take(dir));
        Assert.Equal(["out", "tmp"], Directory.GetFileSystemEntries(temp).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetFileSystemEntries(tmpdir));
    }

    [Fact]
    public void Sigkill_while_writing_leaves_the_previous_output_and_the_next_run_removes_the_stale_staging_folder()
    {
        var (temp, dir, before) = PreviousRun();
        var tmpdir = Directory.CreateDirectory(Path.Combine(temp, "tmp")).FullName;

        int pid;
        using (var child = ChildCli.Start(tmpdir, "batch", "forwarding-notice", "--recipients", "builtin:all", "--format", "docx,pdf", "--out", dir))
        {
            pid = child.Id;
            child.WaitUntil(() => FileCount(Path.Combine(temp, $".out.staging-{pid}")) >= 20, "the staging folder holding files");
            child.Signal(SigKill);
            Assert.Equal(128 + SigKill, child.WaitForExit());
        }

        // killed outright: nothing could clean up, but the output folder was never touched
        Assert.Equal(before, FolderSnapshot.Take(dir));
        Assert.True(Directory.Exists(Path.Combine(temp, $".out.staging-{pid}")));

        // the next run (of a process that is alive) recognises the dead run's folder, removes it, and completes
        var (exit, output, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", "builtin:code=131016", "--format", "docx,pdf", "--out", dir);
        Assert.True(exit == 0, error);
        Assert.Contains("1 recipients, 2 documents", output);
        Assert.Equal(["out", "tmp"], Directory.GetFileSystemEntries(temp).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["131016_千代田区.docx", "131016_千代田区.pdf", "manifest.csv", "manifest.json", "print.pdf"],
            Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("千代田区長\u3000様", DocxText.Paragraphs(Path.Combine(dir, "131016_千代田区.docx")));
    }

    /// <summary>A small finished batch in &lt;temp&gt;/out, and its snapshot.</summary>
    private static (string Temp, string Dir, IReadOnlyList<string> Snapshot) PreviousRun()
    {
        var temp = CliRunner.TempDir();
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", "builtin:code=011002,012025", "--format", "docx,pdf", "--out", dir);
        Assert.True(exit == 0, error);
        var snapshot = FolderSnapshot.Take(dir);
        Assert.Equal(7, snapshot.Count); // 2 × (docx, pdf), manifest.csv, manifest.json, print.pdf
        return (temp, dir, snapshot);
    }

    private static int FileCount(string folder)
    {
        try
        {
            return Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Count() : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
