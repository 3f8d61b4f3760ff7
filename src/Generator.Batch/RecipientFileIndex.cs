namespace Generator.Batch;

/// <summary>Finds the recipient's file of a name in the output folder (for its hash and size in manifest.json) without a
/// table of every file: names are the recipient's file stem plus one of a few suffixes (<c>.pdf</c>, <c>_別添1.pdf</c>), so
/// only the stems are indexed (issue 17: flat memory).</summary>
internal sealed class RecipientFileIndex
{
    private readonly IReadOnlyList<BatchItemResult> results;
    private readonly Dictionary<string, int> stems = new(StringComparer.Ordinal);
    private readonly HashSet<string> suffixes = new(StringComparer.Ordinal);

    public RecipientFileIndex(IReadOnlyList<BatchItemResult> results)
    {
        this.results = results;
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            stems.TryAdd(result.Item.FileStem, i);
            foreach (var file in result.Files)
                if (file.FileName.StartsWith(result.Item.FileStem, StringComparison.Ordinal))
                    suffixes.Add(file.FileName[result.Item.FileStem.Length..]);
        }
    }

    /// <summary>The first recipient's file named <paramref name="name"/> (relative, '/'-separated), or null.</summary>
    public BatchFile? Find(string name)
    {
        foreach (var suffix in suffixes)
        {
            if (!name.EndsWith(suffix, StringComparison.Ordinal) || !stems.TryGetValue(name[..^suffix.Length], out var i)) continue;
            if (results[i].Files.FirstOrDefault(f => f.FileName == name) is { } file) return file;
        }
        return null;
    }
}
