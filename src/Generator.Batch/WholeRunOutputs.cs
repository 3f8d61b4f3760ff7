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
        BatchManifest.JsonStream? manifest = null;
        try
        {
            foreach (var artifact in artifacts) feeds.Add(artifact.Begin(staging, stop));
            manifest = BatchManifest.JsonStream.Begin(staging, templateName, count);
            var letters = new LetterFeed([.. feeds, new ManifestEntries(manifest)], count, FeedCapacity(parallelism), stop);
            return new WholeRunOutputs(artifacts, feeds, staging, manifest, letters);
        }
        catch
        {
            // what was begun closes its files (the staging folder is then deleted, which Windows refuses with a file open)
            CloseAll([.. feeds, .. manifest is null ? Array.Empty<IDisposable>() : [manifest]]);
            throw;
        }
    }

    /// <summary>How many letters may be taken but not yet handed to the outputs: one per worker and as many again, plus 8,
    /// waiting for the oldest (the outputs take the letters in order) — enough to smooth out uneven letters without stopping
    /// the workers. Every letter waiting survives each gen-0 collection (its document and drawn pages), and the collection
    /// stops every worker: with 4 per worker + 16, 16 workers (on 2 cores) were paused 92–122 ms in a run of 1,788 letters,
    /// with this 74–88 ms (62–67 ms with one per worker + 8), at the same wall time; 2 workers the same (issue 17).</summary>
    internal static int FeedCapacity(int parallelism) => 2 * Math.Max(1, parallelism) + 8;

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
        BatchManifest.Finish(manifest, staging, results, files); // closes manifest.json: the folder is moved next
        progress?.Report(new BatchProgress("artifacts", total, total, BatchManifest.JsonName));
        return [.. files.Select(f => f.Name), BatchManifest.CsvName, BatchManifest.JsonName];
    }

    /// <inheritdoc />
    public void Dispose() => CloseAll([Letters, .. feeds, manifest]); // Letters first: it waits for the feed's thread

    /// <summary>Disposes each in turn, every one even when one throws (a full disk on print.pdf's last bytes), so that no
    /// file stays open in the staging folder; rethrows the first failure.</summary>
    private static void CloseAll(IEnumerable<IDisposable> parts)
    {
        List<Exception>? failures = null;
        foreach (var part in parts)
        {
            try
            {
                part.Dispose();
            }
            catch (Exception e)
            {
                (failures ??= []).Add(e);
            }
        }
        if (failures is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failures[0]);
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
