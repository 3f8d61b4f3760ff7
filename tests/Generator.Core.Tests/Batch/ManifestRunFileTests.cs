using System.Security.Cryptography;
using Generator.Batch;

namespace Generator.Core.Tests.Batch;

/// <summary>manifest.json takes the hash a whole-run output reported for its file (print.pdf is hashed as it is written,
/// issue 17) only while the file still has the size reported; otherwise, and for files no output hashed, it reads the file.</summary>
public sealed class ManifestRunFileTests
{
    [Fact]
    public void A_reported_hash_is_taken_while_the_size_matches_and_the_file_is_read_back_otherwise()
    {
        var dir = Directory.CreateTempSubdirectory("manifest-").FullName;
        File.WriteAllText(Path.Combine(dir, "print.pdf"), "%PDF-1.7 twelve");
        File.WriteAllText(Path.Combine(dir, "labels.pdf"), "%PDF-1.7 labels");
        File.WriteAllText(Path.Combine(dir, "stale.pdf"), "%PDF-1.7 grown since");
        var reported = new string('a', 64); // not the file's hash: taken as reported, the file is not read back
        RunFile[] runFiles =
        [
            new("print.pdf", reported, new FileInfo(Path.Combine(dir, "print.pdf")).Length),
            new("labels.pdf"), // not hashed by its output
            new("stale.pdf", reported, 3), // reported before the file changed size
            new("stale.pdf", reported, 4), // reported twice: no failure
        ];

        BatchManifest.Write(dir, "t", [], runFiles);

        var files = BatchManifest.TryRead(dir)!.Files!.ToDictionary(f => f.Path);
        Assert.Equal(["labels.pdf", "manifest.csv", "print.pdf", "stale.pdf"], files.Keys);
        Assert.Equal(reported, files["print.pdf"].Sha256);
        Assert.Equal(Sha256(dir, "labels.pdf"), files["labels.pdf"].Sha256);
        Assert.Equal(Sha256(dir, "stale.pdf"), files["stale.pdf"].Sha256);
        Assert.Equal(new FileInfo(Path.Combine(dir, "stale.pdf")).Length, files["stale.pdf"].Bytes);
        Assert.Equal(Sha256(dir, "manifest.csv"), files["manifest.csv"].Sha256); // hashed as it was written
        Assert.Equal(new FileInfo(Path.Combine(dir, "manifest.csv")).Length, files["manifest.csv"].Bytes);
    }

    private static string Sha256(string dir, string name) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(dir, name))));
}
