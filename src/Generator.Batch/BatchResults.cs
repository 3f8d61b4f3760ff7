using Generator.Diagnostics;

namespace Generator.Batch;

/// <summary>One file written for a recipient.</summary>
/// <param name="Format">Writer format, e.g. <c>pdf</c>.</param>
/// <param name="FileName">File name inside the output folder.</param>
/// <param name="Bytes">Size in bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file.</param>
/// <param name="Pages">Page count (PDF), or 0 when the format has no fixed pages.</param>
public sealed record BatchFile(string Format, string FileName, long Bytes, string Sha256, int Pages);

/// <summary>What the batch made for one recipient (not its document, which is dropped once written: a run's memory
/// stays flat however many recipients it has).</summary>
/// <param name="Index">1-based position in the recipient list.</param>
/// <param name="Item">The recipient.</param>
/// <param name="Files">Its files, one per format.</param>
/// <param name="Fingerprint">Hash of everything that went into it (for --skip-unchanged).</param>
/// <param name="Reused">True when the files were taken unchanged from the previous run.</param>
public sealed record BatchItemResult(int Index, BatchItem Item, IReadOnlyList<BatchFile> Files, string Fingerprint, bool Reused);

/// <summary>The outcome of a batch run.</summary>
/// <param name="Items">Per recipient, in recipient order.</param>
/// <param name="ArtifactFiles">Whole-run files (manifest, print PDF, labels…).</param>
/// <param name="OutputDirectory">The folder the run was moved into.</param>
public sealed record BatchResult(IReadOnlyList<BatchItemResult> Items, IReadOnlyList<string> ArtifactFiles, string OutputDirectory)
{
    /// <summary>What <see cref="BatchOptions.DocumentWarnings"/> found, each once, in recipient order.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];
}

/// <summary>Progress of a batch: a phase and how far it is.</summary>
/// <param name="Phase">validate, write, artifacts or done.</param>
/// <param name="Done">Items done in this phase.</param>
/// <param name="Total">Items in this phase.</param>
/// <param name="Current">The item just finished, if any.</param>
public sealed record BatchProgress(string Phase, int Done, int Total, string? Current);
