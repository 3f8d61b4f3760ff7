using System.Text.Json.Nodes;
using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>Through the real CLI: a batch deletes or replaces only files that an earlier Generator run wrote and listed in
/// its manifest.json; anything else in --out, an input inside --out, a hand-edited output, a protected folder as --out and a
/// second batch into the same folder are refused before anything is written.</summary>
[Collection("cli")]
public sealed class OutputOwnershipTests
{
    private static string[] Batch(string dir, params string[] more) =>
        ["batch", "forwarding-notice", "--recipients", "builtin:code=011002,012025", "--format", "txt", "--no-print", "--out", dir, .. more];

    /// <summary>A finished two-recipient txt batch in &lt;temp&gt;/out.</summary>
    private static (string Temp, string Dir) PreviousRun()
    {
        var temp = CliRunner.TempDir();
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run(Batch(dir));
        Assert.True(exit == 0, error);
        return (temp, dir);
    }

    private static IReadOnlyList<string> Entries(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Select(e => Path.GetRelativePath(folder, e).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Fact]
    public void A_folder_with_another_programs_manifest_json_is_refused_and_left_as_it_was()
    {
        var temp = CliRunner.TempDir();
        var dir = Path.Combine(temp, "webapp");
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        File.WriteAllText(Path.Combine(dir, "manifest.json"), "{\"name\": \"my web app\", \"icons\": []}\n");
        File.WriteAllText(Path.Combine(dir, "thesis.txt"), "修士論文\n");
        File.WriteAllBytes(Path.Combine(dir, "sub", "photo.jpg"), [0xff, 0xd8, 0xff]);
        var before = FolderSnapshot.Take(dir);

        var (exit, output, error) = CliRunner.Run(Batch(dir));

        Assert.Equal(1, exit);
        ErrorGolden.AssertMatches("out-foreign-manifest-json", error, temp);
        Assert.DoesNotContain("recipients,", output);
        Assert.Equal(before, FolderSnapshot.Take(dir));
        Assert.Equal(["manifest.json", "sub", "sub/photo.jpg", "thesis.txt"], Entries(dir));
        Assert.Equal(["webapp"], Directory.GetFileSystemEntries(temp).Select(Path.GetFileName)); // no staging, no lock left
    }

    [Fact]
    public void Files_a_user_added_to_a_previous_output_folder_are_listed_and_kept()
    {
        var (temp, dir) = PreviousRun();
        File.WriteAllText(Path.Combine(dir, "メモ.txt"), "送付済み\n");
        Directory.CreateDirectory(Path.Combine(dir, "控え"));
        File.WriteAllText(Path.Combine(dir, "控え", "011002_札幌市_印刷済.txt"), "x\n");
        for (var i = 1; i <= 22; i++) File.WriteAllText(Path.Combine(dir, $"added{i:00}.txt"), "y\n");
        var before = FolderSnapshot.Take(dir);

        var (exit, _, error) = CliRunner.Run(Batch(dir));

        Assert.Equal(1, exit);
        ErrorGolden.AssertMatches("out-foreign-entries", error, temp);
        Assert.Contains("24 entries that the previous Generator run did not write", error);
        Assert.Contains(" and 4 more.", error);
        Assert.Equal(before, FolderSnapshot.Take(dir));
    }

    [Fact]
    public void A_recipient_file_kept_in_the_output_folder_is_refused_as_an_input_inside_it()
    {
        var (temp, dir) = PreviousRun();
        var recipients = RecipientFile.WriteCsv(dir, "送付先.csv", "code", "011002", "012025");
        var before = FolderSnapshot.Take(dir);

        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", recipients, "--format", "txt", "--no-print", "--out", dir);

        Assert.Equal(1, exit);
        ErrorGolden.AssertMatches("out-input-inside", error, temp);
        Assert.Equal(before, FolderSnapshot.Take(dir));

        // the same through a symbolic link to the output folder: real paths are compared
        var link = Path.Combine(temp, "link");
        Directory.CreateSymbolicLink(link, dir);
        (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", Path.Combine(link, "送付先.csv"), "--format", "txt", "--no-print", "--out", dir);
        Assert.Equal(1, exit);
        Assert.Contains("is read by this run and lies in the output folder", error);
        Assert.Equal(before, FolderSnapshot.Take(dir));
    }

    [Fact]
    public void Data_font_and_the_templates_folder_inside_the_output_folder_are_refused()
    {
        var temp = CliRunner.TempDir();
        var dir = Path.Combine(temp, "out");
        Directory.CreateDirectory(dir);
        var data = Path.Combine(dir, "notice.yaml");
        File.Copy(Path.Combine(CliRunner.RepoRoot, "templates", "forwarding-notice", "notice.yaml"), data);
        var (exit, _, error) = CliRunner.Run(Batch(dir, "--data", data));
        Assert.Equal(1, exit);
        Assert.Contains($"{data} is read by this run and lies in the output folder", error);
        Assert.True(File.Exists(data));

        // the templates folder itself as --out, and a folder inside it
        var templates = Path.Combine(CliRunner.RepoRoot, "templates");
        (exit, _, error) = CliRunner.Run(Batch(templates));
        Assert.Equal(1, exit);
        Assert.Contains("is read by this run and lies in the output folder", error);
        (exit, _, error) = CliRunner.Run(Batch(Path.Combine(templates, "out")));
        Assert.Equal(1, exit);
        Assert.Contains("--out lies inside", error);
        Assert.False(Directory.Exists(Path.Combine(templates, "out")));
    }

    [Fact]
    public void A_manifest_json_of_the_old_format_is_not_taken_as_generators()
    {
        var (temp, dir) = PreviousRun();
        var path = Path.Combine(dir, "manifest.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        Assert.Equal("generator-batch-manifest/2", (string?)json["format"]);
        json.Remove("format");
        json.Remove("files");
        File.WriteAllText(path, json.ToJsonString());
        var before = FolderSnapshot.Take(dir);

        var (exit, _, error) = CliRunner.Run(Batch(dir));

        Assert.Equal(1, exit);
        ErrorGolden.AssertMatches("out-old-manifest", error, temp);
        Assert.Equal(before, FolderSnapshot.Take(dir));
    }

    [Fact]
    public void The_manifest_lists_every_file_the_run_wrote()
    {
        var temp = CliRunner.TempDir();
        var dir = Path.Combine(temp, "out");
        var recipients = RecipientFile.WriteCsv(temp, "送付先.csv", "code,postal_code,address,email",
            "011002,060-8611,北海道札幌市中央区北1条西2丁目,soumu@city.sapporo.jp", "012025,0408666,北海道函館市東雲町4番13号,");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", recipients, "--format", "txt,pdf", "--eml", "--out", dir);
        Assert.True(exit == 0, error);
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")))!;
        var files = json["files"]!.AsArray().Select(f => ((string)f!["path"]!, (string)f["sha256"]!)).ToList();
        var onDisk = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
            .Where(f => f != "manifest.json").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(onDisk, files.Select(f => f.Item1));
        Assert.Contains("manifest.csv", onDisk);
        Assert.Contains("print.pdf", onDisk);
        Assert.Contains("labels.pdf", onDisk);
        Assert.Contains("eml/011002_札幌市.eml", onDisk);
        foreach (var (name, sha) in files) Assert.Equal(FolderSnapshot.Sha256(Path.Combine(dir, name)), sha);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_hand_edited_output_stops_the_run_unless_overwrite_edited(bool skipUnchanged)
    {
        var (temp, dir) = PreviousRun();
        string[] rerun = skipUnchanged ? Batch(dir, "--skip-unchanged") : Batch(dir);
        var sapporo = Path.Combine(dir, "011002_札幌市.txt");
        var generated = File.ReadAllText(sapporo);
        File.AppendAllText(sapporo, "手で書き足した行\n");
        File.Delete(Path.Combine(dir, "012025_函館市.txt"));        // missing is fine: it is made again
        var before = FolderSnapshot.Take(dir);

        var (exit, _, error) = CliRunner.Run(rerun);

        Assert.Equal(1, exit);
        ErrorGolden.AssertMatches("out-edited", error, temp);
        Assert.Equal(before, FolderSnapshot.Take(dir));

        (exit, var output, error) = CliRunner.Run([.. rerun, "--overwrite-edited"]);
        Assert.True(exit == 0, error);
        Assert.Contains("2 recipients, 2 documents", output);
        Assert.Equal(generated, File.ReadAllText(sapporo));
        Assert.True(File.Exists(Path.Combine(dir, "012025_函館市.txt")));
    }

    /// <summary>Issue 17: the listed files are hashed on every core; the problem still names each edited file, in the
    /// manifest's order, and a missing one is made again.</summary>
    [Fact]
    public void Several_hand_edited_outputs_among_many_are_named_in_order_and_a_missing_one_is_made_again()
    {
        var temp = CliRunner.TempDir();
        var dir = Path.Combine(temp, "out");
        string[] run = ["batch", "forwarding-notice", "--recipients", "builtin:prefecture=青森県", "--format", "txt", "--no-print", "--out", dir];
        var (exit, _, error) = CliRunner.Run(run);
        Assert.True(exit == 0, error);
        var letters = Directory.GetFiles(dir, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.True(letters.Count > 30, string.Join(", ", letters));
        string[] edited = [letters[30]!, letters[3]!, letters[17]!];
        foreach (var name in edited) File.AppendAllText(Path.Combine(dir, name), "手で書き足した行\n");
        File.Delete(Path.Combine(dir, letters[10]!));
        var before = FolderSnapshot.Take(dir);

        (exit, _, error) = CliRunner.Run(run);

        Assert.Equal(1, exit);
        Assert.Contains("3 files changed since Generator wrote them", error);
        var named = error[error.IndexOf("3 files changed", StringComparison.Ordinal)..];
        var at = edited.Order(StringComparer.Ordinal).Select(n => named.IndexOf(n, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, at);
        Assert.Equal(at.Order(), at);
        Assert.DoesNotContain(letters[10]!, named);
        Assert.Equal(before, FolderSnapshot.Take(dir));

        (exit, _, error) = CliRunner.Run([.. run, "--overwrite-edited"]);
        Assert.True(exit == 0, error);
        Assert.True(File.Exists(Path.Combine(dir, letters[10]!)));
    }

    [Fact]
    public void Out_as_a_link_to_a_folder_writes_where_it_points_and_keeps_the_link()
    {
        var (temp, dir) = PreviousRun();
        var link = Path.Combine(temp, "latest");
        Directory.CreateSymbolicLink(link, dir);

        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", "builtin:code=131016", "--format", "txt", "--no-print", "--out", link);

        Assert.True(exit == 0, error);
        Assert.Equal(dir, new DirectoryInfo(link).LinkTarget);
        Assert.Equal(["131016_千代田区.txt", "manifest.csv", "manifest.json"], Entries(dir));
        Assert.Equal(["latest", "out"], Directory.GetFileSystemEntries(temp).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_current_folder_its_parents_the_home_folder_and_the_root_are_refused_as_out()
    {
        var (exit, _, error) = CliRunner.Run(Batch("."));   // CliRunner runs in the repository root
        Assert.Equal(1, exit);
        ErrorGolden.AssertMatches("out-current-folder", error);
        (exit, _, error) = CliRunner.Run(Batch(Path.GetDirectoryName(CliRunner.RepoRoot)!));
        Assert.Equal(1, exit);
        Assert.Contains("--out is the current folder or one of its parents.", error);
        (exit, _, error) = CliRunner.Run(Batch(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)));
        Assert.Equal(1, exit);
        Assert.Matches("--out is (your home folder|the current folder) or one of its parents.", error);
        (exit, _, error) = CliRunner.Run(Batch(Path.GetPathRoot(CliRunner.RepoRoot)!));
        Assert.Equal(1, exit);
        Assert.Contains("--out is the root of a drive or file system.", error);
        Assert.Empty(Directory.GetFiles(CliRunner.RepoRoot, ".*.lock"));
        Assert.Empty(Directory.GetDirectories(CliRunner.RepoRoot, ".*.staging-*"));
    }

    [Fact]
    public void A_second_batch_into_a_folder_that_a_running_batch_holds_fails_at_once()
    {
        var (temp, dir) = PreviousRun();
        var before = FolderSnapshot.Take(dir);
        using (new FileStream(Path.Combine(temp, ".out.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var (exit, output, error) = CliRunner.Run(Batch(dir));
            Assert.Equal(1, exit);
            ErrorGolden.AssertMatches("out-locked", error, temp);
            Assert.DoesNotContain("recipients,", output);
            Assert.Equal(before, FolderSnapshot.Take(dir));
        }
    }

    [Fact]
    public void A_refused_run_into_a_new_nested_folder_leaves_no_folder_and_no_lock_behind()
    {
        var temp = CliRunner.TempDir();
        var recipients = RecipientFile.WriteCsv(temp, "送付先.csv", "code", "011002", "011003");   // 011003: wrong check digit
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", recipients, "--format", "txt", "--out", Path.Combine(temp, "2026", "12", "out"));
        Assert.Equal(1, exit);
        Assert.Contains("送付先.csv(3", error);
        Assert.Equal(["送付先.csv"], Directory.GetFileSystemEntries(temp).Select(Path.GetFileName));
    }

    [Fact]
    public void A_file_added_or_edited_while_the_batch_writes_is_not_lost()
    {
        var (temp, dir) = PreviousRun();
        var tmp = Directory.CreateDirectory(Path.Combine(temp, "tmp")).FullName;
        using var child = ChildCli.Start(tmp, "batch", "forwarding-notice", "--recipients", "builtin:all", "--format", "docx", "--no-print", "--out", dir);
        var staging = Path.Combine(temp, $".out.staging-{child.Id}");
        child.WaitUntil(() => Directory.Exists(staging) && Directory.EnumerateFiles(staging).Take(20).Count() == 20, "the staging folder holding files");
        File.WriteAllText(Path.Combine(dir, "メモ.txt"), "作業中のメモ\n");
        File.AppendAllText(Path.Combine(dir, "011002_札幌市.txt"), "手で書き足した行\n");
        var during = FolderSnapshot.Take(dir);

        Assert.Equal(1, child.WaitForExit());
        Assert.Contains("did not write (not listed in its manifest.json): メモ.txt.", child.Error);
        Assert.Contains("(SHA-256 differs from manifest.json): 011002_札幌市.txt.", child.Error);
        Assert.Equal(during, FolderSnapshot.Take(dir));
        Assert.Equal(["out", "tmp"], Directory.GetFileSystemEntries(temp).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_batches_started_at_once_into_one_folder_never_both_write()
    {
        var temp = CliRunner.TempDir();
        var dir = Path.Combine(temp, "out");
        var tmp = Directory.CreateDirectory(Path.Combine(temp, "tmp")).FullName;
        using var first = ChildCli.Start(tmp, "batch", "forwarding-notice", "--recipients", "builtin:all", "--format", "docx", "--no-print", "--out", dir);
        first.WaitUntil(() => first.Output.Contains("validate: ", StringComparison.Ordinal), "the first batch validating");
        using var second = ChildCli.Start(tmp, "batch", "forwarding-notice", "--recipients", "builtin:code=131016", "--format", "txt", "--no-print", "--out", dir);

        Assert.Equal(1, second.WaitForExit());
        Assert.Contains("Another batch is writing this output folder now", second.Error);
        Assert.True(first.WaitForExit() == 0, first.Error);
        Assert.Contains("1788 recipients", first.Output);
        Assert.DoesNotContain(Directory.GetFiles(dir), f => f.EndsWith(".txt", StringComparison.Ordinal));
        Assert.Equal(["out", "tmp"], Directory.GetFileSystemEntries(temp).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Out_that_is_a_file_or_lies_under_a_file_gives_a_clear_error_and_changes_nothing()
    {
        var temp = CliRunner.TempDir();
        var file = Path.Combine(temp, "報告書.docx");
        File.WriteAllText(file, "not a folder");

        var (exit, _, error) = CliRunner.Run(Batch(file));
        Assert.Equal(1, exit);
        ErrorGolden.AssertMatches("out-is-a-file", error, temp);

        // root can write into any folder whatever its mode bits, so the unwritable folder here is one under a file
        (exit, _, error) = CliRunner.Run(Batch(Path.Combine(file, "out")));
        Assert.Equal(1, exit);
        Assert.StartsWith("generator: error: could not write the output to ", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal("not a folder", File.ReadAllText(file));
        Assert.Equal(["報告書.docx"], Directory.GetFileSystemEntries(temp).Select(Path.GetFileName));
    }

    [Fact]
    public void A_full_disk_while_writing_gives_a_clear_error_and_leaves_the_previous_output()
    {
        var (temp, dir) = PreviousRun();
        var before = FolderSnapshot.Take(dir);

        // a file-size limit makes the first write past 32 KiB (a PDF) fail with EFBIG, as a full disk would (ENOSPC)
        var (exit, _, error) = FileSizeLimitedCli.Run(32, "batch", "forwarding-notice", "--recipients", "builtin:code=011002,012025", "--format", "pdf", "--out", dir);

        Assert.Equal(1, exit);
        Assert.StartsWith($"generator: error: could not write the output to {dir}: ", error);
        Assert.EndsWith("the output folder was left as it was; check free space and permissions, or choose another folder with --out.\n", error.Replace("\r\n", "\n"));
        Assert.DoesNotContain("   at ", error);
        Assert.Equal(before, FolderSnapshot.Take(dir));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(temp).Select(Path.GetFileName));
    }
}
