using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Generator.Batch;

namespace Generator.Core.Tests.Batch;

/// <summary>Issue 17: manifest.json is written an entry at a time as the letters are finished, into the file in pieces of
/// ~64 KB; its bytes are those of the whole manifest serialized at once.</summary>
public sealed class ManifestJsonStreamTests
{
    [Fact]
    public void Manifest_json_written_entry_by_entry_is_the_whole_manifest_serialized_at_once()
    {
        var dir = Directory.CreateTempSubdirectory("manifest-stream-").FullName;
        string[] names = ["札幌市", "𠮷岡町", "\"引用\"の町", "函館市\\支所", "<小樽>市&"];
        var results = Enumerable.Range(1, 700).Select(i =>
        {
            var name = names[i % names.Length];
            var stem = $"{i:D6}_{i % names.Length}"; // file names are made safe (OutputFileNamer); labels are as written
            File.WriteAllText(Path.Combine(dir, stem + ".txt"), $"letter {i}");
            var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"letter {i}")));
            var item = new BatchItem($"{i:D6} {name}", stem, new Dictionary<string, object?> { ["code"] = $"{i:D6}", ["name"] = name });
            return new BatchItemResult(i, item, [new BatchFile("txt", stem + ".txt", Encoding.UTF8.GetByteCount($"letter {i}"), sha, 0)],
                Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(i))), false);
        }).ToList();

        BatchManifest.Write(dir, "forwarding-notice", results);

        var written = File.ReadAllBytes(Path.Combine(dir, BatchManifest.JsonName));
        Assert.True(written.Length > 3 * 65536, $"{written.Length} bytes: more than a few pieces");
        var read = BatchManifest.TryRead(dir)!;
        Assert.Equal(700, read.Entries.Count);
        Assert.Equal("𠮷岡町", read.Entries[0].Name);
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            TypeInfoResolver = ManifestJsonContext.Default,
        };
        var whole = JsonSerializer.SerializeToUtf8Bytes(read, options).Concat("\n"u8.ToArray()).ToArray();
        Assert.Equal(Encoding.UTF8.GetString(whole), Encoding.UTF8.GetString(written));
    }

    /// <summary>The batch moves its folder into place right after the manifests: Windows refuses that while a file in it is
    /// open, so finishing manifest.json closes it (FileShare.None: another exclusive open fails while it is open, on every OS).</summary>
    [Fact]
    public void Finishing_manifest_json_closes_the_file()
    {
        var dir = Directory.CreateTempSubdirectory("manifest-close-").FullName;
        var stream = BatchManifest.JsonStream.Begin(dir, "t", 0);
        var path = Path.Combine(dir, BatchManifest.JsonName);
        Assert.Throws<IOException>(() => new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None).Dispose());

        stream.Finish([]);

        new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None).Dispose();
        stream.Dispose(); // again, as the run does: nothing happens
        Assert.Empty(BatchManifest.TryRead(dir)!.Entries);
    }
}
