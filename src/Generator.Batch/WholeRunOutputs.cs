namespace Generator.Batch;

/// <summary>A batch's whole-run outputs (<see cref="IBatchArtifactWriter"/>: print PDF, labels, e-mail drafts), fed with
/// each letter as it is finished (<see cref="LetterFeed"/>), and then the manifests.</summary>
internal sealed class WholeRunOutputs : IDisposable
{
    private readonly IReadOnlyList<IBatchArtifactWriter> artifacts;
    private readonly IReadOnlyList<IBatchArtifactFeed> feeds;
    private readonly string staging;

    private WholeRunOutputs(IReadOnlyList<IBatchArtifactWriter> artifacts, IReadOnlyList<IBatchArtifactFeed> feeds, string staging, LetterFeed letters)
    {
        this.artifacts = artifacts;
        this.feeds = feeds;
        this.staging = staging;
        Letters = letters;
    }

    /// <summary>Where the workers hand in the finished letters.</summary>
    public LetterFeed Letters { get; }

    /// <summary>Starts every output in <paramref name="staging"/>, ready for <paramref name="count"/> letters; <paramref name="stop"/> abandons them.</summary>
    public static WholeRunOutputs Start(IReadOnlyList<IBatchArtifactWriter> artifacts, int count, int parallelism, string staging, CancellationToken stop)
    {
        var feeds = artifacts.Select(a => a.Begin(staging, stop)).ToList();
        // a few letters per worker may wait for the outputs: enough to smooth out uneven letters, few enough to keep memory flat
        var letters = new LetterFeed(feeds, count, 4 * Math.Max(1, parallelism) + 16, stop);
        return new WholeRunOutputs(artifacts, feeds, staging, letters);
    }

    /// <summary>After the last letter: completes each output, then writes the manifests; returns every file name written.</summary>
    public List<string> Finish(string templateName, IReadOnlyList<BatchItemResult> results, IProgress<BatchProgress>? progress, CancellationToken cancellationToken)
    {
        Letters.Complete();
        var total = artifacts.Count + 1; // + the manifests
        progress?.Report(new BatchProgress("artifacts", 0, total, null));
        var files = new List<RunFile>();
        for (var i = 0; i < feeds.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.AddRange(feeds[i].Finish(cancellationToken));
            progress?.Report(new BatchProgress("artifacts", i + 1, total, artifacts[i].Name));
        }
        BatchManifest.Write(staging, templateName, results, files);
        progress?.Report(new BatchProgress("artifacts", total, total, BatchManifest.JsonName));
        return [.. files.Select(f => f.Name), BatchManifest.CsvName, BatchManifest.JsonName];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Letters.Dispose(); // waits for the feed's thread
        foreach (var feed in feeds) feed.Dispose();
    }
}
