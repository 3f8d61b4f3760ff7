using System.Security.Cryptography;
using Generator.Writers;

namespace Generator.Batch;

/// <summary>--skip-unchanged: takes a recipient's files from the previous run when its fingerprint is unchanged and the
/// files are still the bytes that run wrote.</summary>
internal sealed class PreviousRunReuse(IReadOnlyList<IDocumentWriter> writers, BatchManifest.Manifest? previous)
{
    private readonly Dictionary<string, BatchManifest.Entry> earlier =
        previous?.Entries.GroupBy(e => e.Label).ToDictionary(g => g.Key, g => g.First()) ?? [];

    /// <summary>Copies the recipient's files from <paramref name="outputDirectory"/> into <paramref name="staging"/>
    /// when the previous run made them from the same fingerprint; null (nothing copied) otherwise.</summary>
    public List<BatchFile>? TryReuse(BatchItem item, string fingerprint, string outputDirectory, string staging) =>
        earlier.TryGetValue(item.Label, out var entry) && entry.Fingerprint == fingerprint
            ? TryCopy(entry, item, outputDirectory, staging)
            : null;

    /// <summary>Copies a recipient's files from the previous run when all still exist with their recorded hashes.</summary>
    private List<BatchFile>? TryCopy(BatchManifest.Entry entry, BatchItem item, string outputDirectory, string staging)
    {
        if (entry.Files.Count != writers.Count || !writers.All(w => entry.Files.Any(f => f.Format == w.Format))) return null;
        // trust no file name from manifest.json: each must be exactly the one this run would write
        if (!entry.Files.All(f => writers.Any(w => w.Format == f.Format && f.FileName == $"{item.FileStem}.{w.Extension}"))) return null;
        foreach (var file in entry.Files)
        {
            var path = Path.Combine(outputDirectory, file.FileName);
            if (!File.Exists(path) || Generator.IO.Hex.Lower(SHA256.HashData(File.ReadAllBytes(path))) != file.Sha256) return null;
        }
        foreach (var file in entry.Files) File.Copy(Path.Combine(outputDirectory, file.FileName), Path.Combine(staging, file.FileName));
        return [.. entry.Files];
    }
}
