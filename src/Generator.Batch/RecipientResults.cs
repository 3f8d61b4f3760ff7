using System.Collections;
using System.Collections.Concurrent;

namespace Generator.Batch;

/// <summary>What a run made for each recipient, kept compact until the manifests and the caller read it: per recipient
/// the hashes as bytes and the file names as the recipient's file stem plus a shared suffix (about 250 bytes instead of
/// about 1 KB of strings and records; issue 17: flat memory at 89,400 letters). Read back as <see cref="BatchItemResult"/>s,
/// made afresh on each access.</summary>
/// <remarks>Thread-safe for <see cref="Set"/> on distinct indexes. A result that does not fit the compact form (a hash
/// that is not 64 lower-case hex digits, a file name that does not start with the stem) is kept as it is.</remarks>
internal sealed class RecipientResults(IReadOnlyList<BatchItem> items) : IReadOnlyList<BatchItemResult>
{
    private const int HashBytes = 32;
    private readonly object?[] slots = new object?[items.Count]; // Compact, or the BatchItemResult itself
    private readonly ConcurrentDictionary<string, string> suffixes = new(StringComparer.Ordinal); // ".pdf", "_別添1.pdf" …

    /// <inheritdoc />
    public int Count => slots.Length;

    /// <inheritdoc />
    public BatchItemResult this[int index] => slots[index] switch
    {
        Compact c => c.Expand(index, items[index]),
        BatchItemResult r => r,
        _ => throw new InvalidOperationException($"Recipient {index + 1} has no result."),
    };

    /// <summary>Keeps the result of the recipient at <paramref name="index"/> (0-based).</summary>
    public void Set(int index, BatchItemResult result) => slots[index] = TryCompact(result) ?? (object)result;

    /// <inheritdoc />
    public IEnumerator<BatchItemResult> GetEnumerator()
    {
        for (var i = 0; i < slots.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Compact? TryCompact(BatchItemResult result)
    {
        var stem = result.Item.FileStem;
        var hashes = new byte[HashBytes * (result.Files.Count + 1)];
        if (!TryHex(result.Fingerprint, hashes.AsSpan(0, HashBytes))) return null;
        var files = new CompactFile[result.Files.Count];
        for (var i = 0; i < files.Length; i++)
        {
            var file = result.Files[i];
            if (!file.FileName.StartsWith(stem, StringComparison.Ordinal) || !TryHex(file.Sha256, hashes.AsSpan(HashBytes * (i + 1), HashBytes))) return null;
            var suffix = file.FileName[stem.Length..];
            files[i] = new CompactFile(file.Format, suffixes.GetOrAdd(suffix, suffix), file.Bytes, file.Pages);
        }
        return new Compact(hashes, files, result.Reused);
    }

    /// <summary>Lower-case hex of exactly <paramref name="bytes"/>' length, the only form that reads back the same.</summary>
    private static bool TryHex(string hex, Span<byte> bytes)
    {
        if (hex.Length != 2 * bytes.Length || hex.Any(c => c is not (>= '0' and <= '9' or >= 'a' and <= 'f'))) return false;
        return Convert.FromHexString(hex, bytes, out _, out var written) == System.Buffers.OperationStatus.Done && written == bytes.Length;
    }

    private readonly record struct CompactFile(string Format, string Suffix, long Bytes, int Pages);

    private sealed class Compact(byte[] hashes, CompactFile[] files, bool reused)
    {
        public BatchItemResult Expand(int index, BatchItem item)
        {
            var expanded = new BatchFile[files.Length];
            for (var i = 0; i < files.Length; i++)
                expanded[i] = new BatchFile(files[i].Format, item.FileStem + files[i].Suffix, files[i].Bytes, Hex(i + 1), files[i].Pages);
            return new BatchItemResult(index + 1, item, expanded, Hex(0), reused);
        }

        private string Hex(int n) => Generator.IO.Hex.Lower(hashes.AsSpan(HashBytes * n, HashBytes));
    }
}
