using Generator.Model;

namespace Generator.Batch;

/// <summary>The third phase of a batch: its whole-run outputs (<see cref="IBatchArtifactWriter"/>: print PDF, labels,
/// e-mail drafts) and the manifests. Those that need only the documents start at once, alongside the recipients' files.</summary>
internal sealed class WholeRunOutputs : IDisposable
{
    private readonly IReadOnlyList<IBatchArtifactWriter> artifacts;
    private readonly string staging;
    private readonly CancellationTokenSource stop;
    private readonly Task<List<string>> early;

    private WholeRunOutputs(IReadOnlyList<IBatchArtifactWriter> artifacts, string staging, CancellationTokenSource stop, Task<List<string>> early)
    {
        this.artifacts = artifacts;
        this.staging = staging;
        this.stop = stop;
        this.early = early;
    }

    /// <summary>Starts the outputs that need only the documents (<see cref="IBatchArtifactWriter.NeedsFiles"/> false), writing into <paramref name="staging"/>.</summary>
    public static WholeRunOutputs Start(IReadOnlyList<IBatchArtifactWriter> artifacts, IReadOnlyList<BatchItem> items, Document[] documents,
        string staging, CancellationToken cancellationToken)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var preliminary = items.Select((item, i) => new BatchItemResult(i + 1, item, documents[i], [], "", false)).ToList();
        var early = Task.Run(() => artifacts.Where(a => !a.NeedsFiles).SelectMany(a => a.Write(preliminary, staging, stop.Token)).ToList(), stop.Token);
        return new WholeRunOutputs(artifacts, staging, stop, early);
    }

    /// <summary>Stops the early outputs after the recipients' files failed, and waits for them: they write into staging, which is about to go.</summary>
    public void Abandon()
    {
        stop.Cancel();
        try { early.Wait(CancellationToken.None); } catch (AggregateException) { }
    }

    /// <summary>Waits for the early outputs, writes those that need the recipients' files, then the manifests; returns every file name written.</summary>
    public List<string> Finish(string templateName, BatchItemResult[] results, IProgress<BatchProgress>? progress, CancellationToken cancellationToken)
    {
        var total = artifacts.Count + 1; // + the manifests
        var earlyCount = artifacts.Count(a => !a.NeedsFiles);
        progress?.Report(new BatchProgress("artifacts", 0, total, null));
        var written = Await(early);
        progress?.Report(new BatchProgress("artifacts", earlyCount, total, null));
        var done = earlyCount;
        foreach (var artifact in artifacts.Where(a => a.NeedsFiles))
        {
            cancellationToken.ThrowIfCancellationRequested();
            written.AddRange(artifact.Write(results, staging, cancellationToken));
            progress?.Report(new BatchProgress("artifacts", ++done, total, artifact.Name));
        }
        BatchManifest.Write(staging, templateName, results);
        progress?.Report(new BatchProgress("artifacts", total, total, BatchManifest.JsonName));
        written.Add(BatchManifest.CsvName);
        written.Add(BatchManifest.JsonName);
        return written;
    }

    /// <inheritdoc />
    public void Dispose() => stop.Dispose();

    private static List<string> Await(Task<List<string>> task)
    {
        try
        {
            return task.GetAwaiter().GetResult();
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException!).Throw();
            throw;
        }
    }
}
