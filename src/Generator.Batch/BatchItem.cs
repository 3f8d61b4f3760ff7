namespace Generator.Batch;

/// <summary>One recipient of a batch: what the template sees as <c>recipient</c>, and how its files are named.</summary>
/// <param name="Label">How errors and progress name it, e.g. 「011002 札幌市」.</param>
/// <param name="FileStem">Safe file name without extension, e.g. <c>011002_札幌市</c> (made by <c>OutputFileNamer</c>).</param>
/// <param name="Fields">The recipient's fields (strings), passed to the template as <c>recipient</c>.</param>
public sealed record BatchItem(string Label, string FileStem, IReadOnlyDictionary<string, object?> Fields)
{
    /// <summary>A field's text, or empty.</summary>
    public string Field(string name) => Fields.TryGetValue(name, out var v) ? v?.ToString() ?? "" : "";
}
