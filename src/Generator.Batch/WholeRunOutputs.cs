namespace Generator.Batch;

/// <summary>A batch's whole-run outputs (<see cref="IBatchArtifactWriter"/>: print PDF, labels, e-mail drafts), fed with
/// each letter as it is finished (<see cref="LetterFeed"/>), and then the manifests.</summary>
internal sealed class WholeRunOutputs : IDisposable
{
    private readonly IReadOnlyList<IBatchArtifactWriter> artifacts;
    private readonly IReadOnlyList<IBatchArtifactFeed> feeds;
    private readonly string staging;
    private readonly BatchManifest.JsonStream manifest;

    private WholeRunOutputs(IReadOnlyList<IBatchArtifactWriter> artifacts, IReadOnlyList<IBatchArtifactFeed> feeds, string staging,
        BatchManifest.JsonStream manifest, LetterFeed letters)
    {
        this.artifacts = artifacts;
        this.feeds = feeds;
        this.staging = staging;
        this.manifest = manifest;
        Letters = letters;
    }

    /// <summary>Where the workers hand in the finished letters.</summary>
    public LetterFeed Letters { get; }

    /// <summary>Starts every output in <paramref name="staging"/>, ready for <paramref name="count"/> letters; <paramref name="stop"/> abandons them.</summary>
    /// <remarks>manifest.json is fed too: each letter's entry is written as the letter is finished, so that the end of the
    /// run only adds the list of files (issue 17).</remarks>
    public static WholeRunOutputs Start(IReadOnlyList<IBatchArtifactWriter> artifacts, string templateName, int count, int parallelism, string staging, CancellationToken stop)
    {
        var feeds = new List<IBatchArtifactFeed>();
        BatchManifest.JsonStream manifest;
        try
        {
            foreach (var artifact in artifacts) feeds.Add(artifact.Begin(staging, stop));
            manifest = BatchManifest.JsonStream.Begin(staging, templateName, count);
        }
        catch
        {
            foreach (var feed in feeds) feed.Dispose(); // what was begun closes its files; the staging folder is deleted
            throw;
        }
        // a few letters per worker may wait for the outputs: enough to smooth out uneven letters, few enough to keep memory flat
        var letters = new LetterFeed([.. feeds, new ManifestEntries(manifest)], count, 4 * Math.Max(1, parallelism) + 16, stop);
        return new WholeRunOutputs(artifacts, feeds, staging, manifest, letters);
    }

    /// <summary>After the last letter: completes each output, then writes the manifests; returns every file name written.</summary>
    public List<string> Finish(IReadOnlyList<BatchItemResult> results, IProgress<BatchProgress>? progress, CancellationToken cancellationToken)
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
        BatchManifest.Finish(manifest, staging, results, files);
        progress?.Report(new BatchProgress("artifacts", total, total, BatchManifest.JsonName));
        return [.. files.Select(f => f.Name), BatchManifest.CsvName, BatchManifest.JsonName];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Letters.Dispose(); // waits for the feed's thread
        foreach (var feed in feeds) feed.Dispose();
        manifest.Dispose();
    }

    /// <summary>manifest.json's entries, fed like the whole-run outputs (its end is written by <see cref="Finish"/>).</summary>
    private sealed class ManifestEntries(BatchManifest.JsonStream manifest) : IBatchArtifactFeed
    {
        public void Add(BatchLetter letter) => manifest.Add(letter.Result);

        public IReadOnlyList<RunFile> Finish(CancellationToken cancellationToken) => [];

        public void Dispose()
        {
            // the stream is the run's (WholeRunOutputs.Dispose)
        }
    }
}
