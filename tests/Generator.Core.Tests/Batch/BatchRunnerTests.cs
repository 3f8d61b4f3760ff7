using System.Security.Cryptography;
using System.Text.Json;
using Generator.Batch;
using Generator.Core.Tests.Support;
using Generator.Diagnostics;
using Generator.Writers;
using Generator.Writers.Text;

namespace Generator.Core.Tests.Batch;

/// <summary>The batch: validates all first, writes nothing on error, is atomic, deterministic and can skip unchanged recipients.</summary>
public sealed class BatchRunnerTests
{
    private static readonly Dictionary<string, object?> Notice = new() { ["sender"] = "北海道知事", ["title"] = "取扱いについて（通知）" };

    private static List<BatchItem> Items(params (string Code, string Name, string Title)[] rows) =>
        rows.Select(r => new BatchItem($"{r.Code} {r.Name}", $"{r.Code}_{r.Name}",
            new Dictionary<string, object?> { ["code"] = r.Code, ["name"] = r.Name, ["head_title"] = r.Title })).ToList();

    private static readonly List<BatchItem> Three = Items(("011002", "札幌市", "市長"), ("012025", "函館市", "市長"), ("013030", "髙森町", "町長"));

    private static BatchRunner Runner(BatchOptions? options = null) =>
        new(TestRendering.Tests, [new PlainTextWriter()], options);

    private static string TempDir() => TempFolder.NewPath("batch", create: false);

    [Fact]
    public void Writes_one_file_per_recipient_and_manifests_whose_hashes_match()
    {
        var dir = TempDir();
        var result = Runner().Run("batch-letter", Notice, Three, dir);

        Assert.Equal(["011002_札幌市.txt", "012025_函館市.txt", "013030_髙森町.txt", "manifest.csv", "manifest.json"],
            Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("髙森町町長　様", File.ReadAllText(Path.Combine(dir, "013030_髙森町.txt")));

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")));
        var entries = json.RootElement.GetProperty("entries");
        Assert.Equal(3, entries.GetArrayLength());
        foreach (var entry in entries.EnumerateArray())
        {
            var file = entry.GetProperty("files")[0];
            var bytes = File.ReadAllBytes(Path.Combine(dir, file.GetProperty("file_name").GetString()!));
            Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
            Assert.Equal(bytes.Length, file.GetProperty("bytes").GetInt64());
        }
        var csv = File.ReadAllBytes(Path.Combine(dir, "manifest.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.Equal(3, result.Items.Count);
    }

    [Fact]
    public void Same_input_gives_identical_bytes()
    {
        var a = TempDir();
        var b = TempDir();
        Runner().Run("batch-letter", Notice, Three, a);
        Runner(new BatchOptions { Parallelism = 1 }).Run("batch-letter", Notice, Three, b);
        foreach (var file in Directory.GetFiles(a))
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(b, Path.GetFileName(file))));
    }

    [Fact]
    public void Every_problem_of_every_recipient_is_reported_and_nothing_is_written()
    {
        var dir = TempDir();
        Runner().Run("batch-letter", Notice, Three, dir);
        var before = Snapshot(dir);

        var broken = Three.Select(i => i with { Fields = new Dictionary<string, object?> { ["code"] = i.Field("code"), ["name"] = i.Field("name") } }).ToList();
        var e = Assert.Throws<GeneratorException>(() => Runner().Run("batch-letter", Notice, broken, dir));

        Assert.Equal(3, e.Diagnostics.Count);
        Assert.Equal(["011002 札幌市", "012025 函館市", "013030 髙森町"], e.Diagnostics.Select(d => d.Recipient));
        Assert.All(e.Diagnostics, d => Assert.Equal(("batch-letter/template.sbn", 1), (d.File, d.Line)));
        Assert.Equal(before, Snapshot(dir));
        AssertNoStagingLeft(dir);
    }

    [Fact]
    public void Interrupted_run_leaves_the_output_folder_as_it_was()
    {
        var dir = TempDir();
        Runner().Run("batch-letter", Notice, Three, dir);
        var before = Snapshot(dir);

        using var cts = new CancellationTokenSource();
        var progress = new SyncProgress(p => { if (p.Phase == "write" && p.Done >= 1) cts.Cancel(); });
        var changed = new Dictionary<string, object?>(Notice) { ["title"] = "変更後の件名" };
        Assert.ThrowsAny<OperationCanceledException>(() =>
            Runner(new BatchOptions { Parallelism = 1 }).Run("batch-letter", changed, Three, dir, progress, cts.Token));

        Assert.Equal(before, Snapshot(dir));
        AssertNoStagingLeft(dir);
    }

    [Fact]
    public void Skip_unchanged_reuses_files_of_recipients_whose_inputs_did_not_change()
    {
        var dir = TempDir();
        Runner().Run("batch-letter", Notice, Three, dir);
        var before = Snapshot(dir);

        var changedOne = Three.Select(i => i.Field("code") == "012025"
            ? i with { Fields = new Dictionary<string, object?>(i.Fields) { ["head_title"] = "市長職務代理者" } }
            : i).ToList();
        var result = Runner(new BatchOptions { SkipUnchanged = true }).Run("batch-letter", Notice, changedOne, dir);

        Assert.Equal([true, false, true], result.Items.Select(r => r.Reused));
        var after = Snapshot(dir);
        Assert.Equal(before["011002_札幌市.txt"], after["011002_札幌市.txt"]);
        Assert.NotEqual(before["012025_函館市.txt"], after["012025_函館市.txt"]);
    }

    [Fact]
    public void A_folder_with_foreign_files_is_refused()
    {
        var dir = TempDir();
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "年度計画.xlsx"), "x");
        var e = Assert.Throws<GeneratorException>(() => Runner().Run("batch-letter", Notice, Three, dir));
        Assert.Contains("was not made by Generator", Assert.Single(e.Diagnostics).Message);
        Assert.Contains("年度計画.xlsx", e.Diagnostics[0].Message);
        Assert.True(File.Exists(Path.Combine(dir, "年度計画.xlsx")));
    }

    [Fact]
    public void Characters_the_pdf_font_lacks_are_reported_with_code_point_recipient_and_template_line()
    {
        var coverage = new FakeCoverage("髙");
        var e = Assert.Throws<GeneratorException>(() => Runner(new BatchOptions { GlyphCoverage = coverage }).Run("batch-letter", Notice, Three, TempDir()));
        Assert.Equal(2, e.Diagnostics.Count); // @to line and the body line
        var d = e.Diagnostics[0];
        Assert.Contains("'髙' (U+9AD9)", d.Message);
        Assert.Equal("013030 髙森町", d.Recipient);
        Assert.Equal(("batch-letter/template.sbn", 1), (d.File, d.Line));
        Assert.Equal(5, e.Diagnostics[1].Line);
    }

    private static Dictionary<string, string> Snapshot(string dir) =>
        Directory.GetFiles(dir).ToDictionary(Path.GetFileName, f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))))!;

    private static void AssertNoStagingLeft(string dir) =>
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(dir)!, $".{Path.GetFileName(dir)}.*"));

    private sealed class FakeCoverage(string missing) : IGlyphCoverage
    {
        public string FontDescription => "FakeFont";
        public bool Covers(int codePoint) => !missing.EnumerateRunes().Any(r => r.Value == codePoint);
    }

    private sealed class SyncProgress(Action<BatchProgress> action) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => action(value);
    }
}
