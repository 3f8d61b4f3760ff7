namespace Generator.Batch;

/// <summary>Writes a whole-run output (e.g. the combined print PDF or address labels) into the staging folder.</summary>
public interface IBatchArtifactWriter
{
    /// <summary>Short name shown in progress, e.g. 「print.pdf」.</summary>
    string Name { get; }

    /// <summary>Whether it needs the recipients' written files (e-mail drafts attach the PDF). Those that do not (print bundle,
    /// labels) run alongside the per-recipient writing and get results whose <c>Files</c> are empty.</summary>
    bool NeedsFiles { get; }

    /// <summary>Writes the artifact for <paramref name="results"/> (in recipient order) into <paramref name="stagingDirectory"/>; returns the file names written.</summary>
    IReadOnlyList<string> Write(IReadOnlyList<BatchItemResult> results, string stagingDirectory, CancellationToken cancellationToken);
}
