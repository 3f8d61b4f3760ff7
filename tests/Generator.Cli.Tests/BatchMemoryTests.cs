using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Generator.Batch;
using Generator.Data;

namespace Generator.Cli.Tests;

/// <summary>Issue 17, flat memory: what a batch keeps per recipient for the whole run — the recipient list and each
/// recipient's result for the manifests — is small (89,400 letters once peaked at 480 MB, most of it these).</summary>
/// <remarks>Measured as live heap with nothing else running (its own collection, not run in parallel).</remarks>
[Collection(nameof(BatchMemoryTests))]
public sealed class BatchMemoryTests
{
    private const int Recipients = 20_000;

    [Fact]
    public void A_recipient_list_of_20000_bodies_keeps_under_600_bytes_a_recipient_as_batch_items()
    {
        var temp = CliRunner.TempDir();
        var csv = Path.Combine(temp, "recipients.csv");
        var text = new StringBuilder("code,prefecture,name,kana,kind,head_title\n");
        for (var i = 0; i < Recipients; i++) text.Append(Row(i));
        File.WriteAllText(csv, text.ToString());

        var before = LiveBytes();
        var items = BatchItems.From(RecipientLoader.Load(csv, RecipientLoadOptions.Default with { Readers = RecipientReaders.All }).ThrowIfErrors().Recipients);
        var perRecipient = (LiveBytes() - before) / Recipients;

        Assert.Equal(Recipients, items.Count);
        Assert.Equal("北海道美瑛町（19999）", items[^1].Field("name")); // the fields are all there, in order
        Assert.Equal(["code", "prefecture_code", "prefecture", "name", "kana", "kind"], items[^1].Fields.Keys.Take(6));
        Assert.True(perRecipient < 600, $"{perRecipient} bytes a recipient (main before issue 17's memory work: 1,117, a dictionary per recipient twice)");
        GC.KeepAlive(items);
    }

    [Fact]
    public void The_results_of_20000_recipients_are_kept_in_under_350_bytes_each_a_third_of_their_records_and_read_back_unchanged()
    {
        var items = Enumerable.Range(0, Recipients)
            .Select(i => new BatchItem($"row{i:D5} 町", $"row{i:D5}_町", new Dictionary<string, object?>())).ToList();
        var expected = Result(items, 7);

        var before = LiveBytes();
        var plain = Enumerable.Range(0, Recipients).Select(i => Result(items, i)).ToArray(); // as the run kept them before
        var plainPerRecipient = (LiveBytes() - before) / Recipients;
        GC.KeepAlive(plain);
        plain = [];
        before = LiveBytes();
        var results = new RecipientResults(items);
        for (var i = 0; i < Recipients; i++) results.Set(i, Result(items, i));
        var perRecipient = (LiveBytes() - before) / Recipients;

        Assert.True(perRecipient < 350 && perRecipient * 3 < plainPerRecipient, $"{perRecipient} bytes a recipient; as BatchItemResults {plainPerRecipient}");
        var back = results[7];
        Assert.Equal((expected.Index, expected.Item, expected.Fingerprint, expected.Reused), (back.Index, back.Item, back.Fingerprint, back.Reused));
        Assert.Equal(expected.Files, back.Files);
        GC.KeepAlive(results);
    }

    [Fact]
    public void A_result_that_does_not_fit_the_compact_form_is_kept_as_it_is()
    {
        var items = new List<BatchItem> { new("x", "x", new Dictionary<string, object?>()) };
        var odd = new BatchItemResult(1, items[0], [new BatchFile("pdf", "other.pdf", 10, "ABC", 1)], "not hex", true);
        var results = new RecipientResults(items);
        results.Set(0, odd);
        Assert.Same(odd, results[0]);
    }

    [Fact]
    public void Manifest_json_written_entry_by_entry_is_the_bytes_the_serializer_gives_for_the_whole_manifest()
    {
        var temp = CliRunner.TempDir();
        var recipients = BatchLabelsAndMailTests.WriteRecipients(temp);
        var dir = BatchDeterminismTests.Run(temp, recipients, "out", "txt,docx,pdf", "2");
        var written = File.ReadAllBytes(Path.Combine(dir, BatchManifest.JsonName));
        var manifest = BatchManifest.TryRead(dir);

        Assert.NotNull(manifest);
        Assert.Equal(3, manifest.Entries.Count);
        Assert.Contains(manifest.Files!, f => f.Path == "print.pdf");
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            TypeInfoResolver = ManifestJsonContext.Default,
        };
        Assert.Equal(Encoding.UTF8.GetString([.. JsonSerializer.SerializeToUtf8Bytes(manifest, options), (byte)'\n']), Encoding.UTF8.GetString(written));
        // every recipient's file is listed with the hash the entries give it
        foreach (var file in manifest.Entries.SelectMany(e => e.Files))
            Assert.Equal(file.Sha256, Assert.Single(manifest.Files!, f => f.Path == file.FileName).Sha256);
    }

    private static string Row(int i) => $",北海道,北海道美瑛町（{i}）,びえいちょう,town,町長\n";

    private static BatchItemResult Result(List<BatchItem> items, int i)
    {
        string Hash(string what) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{what}{i}")));
        var item = items[i];
        return new BatchItemResult(i + 1, item,
            [new BatchFile("docx", $"{item.FileStem}.docx", 20_000 + i, Hash("docx"), 0), new BatchFile("pdf", $"{item.FileStem}.pdf", 50_000 + i, Hash("pdf"), 2)],
            Hash("fingerprint"), false);
    }

    private static long LiveBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(true);
    }
}

/// <summary>Runs <see cref="BatchMemoryTests"/> alone: live-heap figures are only meaningful with no other test allocating.</summary>
[CollectionDefinition(nameof(BatchMemoryTests), DisableParallelization = true)]
public sealed class BatchMemoryCollection;
