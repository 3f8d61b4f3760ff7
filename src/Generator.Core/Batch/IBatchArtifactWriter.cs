namespace Generator.Batch;

/// <summary>Writes a whole-run output (e.g. the combined print PDF or address labels) into the staging folder.</summary>
public interface IBatchArtifactWriter
{
    /// <summary>Short name shown in progress, e.g. 「print.pdf」.</summary>
    string Name { get; }

    /// <summary>Writes the artifact for <paramref name="results"/> (in recipient order) into <paramref name="stagingDirectory"/>; returns the file names written.</summary>
    IReadOnlyList<string> Write(IReadOnlyList<BatchItemResult> results, string stagingDirectory, CancellationToken cancellationToken);
}
