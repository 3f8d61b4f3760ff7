using Generator.Diagnostics;
using Generator.IO;
using Generator.Model;
using Generator.Pipeline;
using Generator.Writers;

namespace Generator.Batch;

/// <summary>The mail merge: every recipient rendered, checked and written in parallel into a staging folder, which is moved
/// into place only when no recipient had a problem.</summary>
/// <remarks>
/// Nothing is written when any problem exists (all are reported at once); an interrupted run leaves the output
/// folder as it was; the same input gives the same bytes.
/// </remarks>
public sealed class BatchRunner(DocumentGenerator generator, IReadOnlyList<IDocumentWriter> writers, BatchOptions? options = null)
{
    private readonly BatchOptions options = options ?? new BatchOptions();

    /// <summary>Runs the batch for <paramref name="items"/> into <paramref name="outputDirectory"/>.</summary>
    /// <exception cref="GeneratorException">Any recipient has a problem; nothing was written.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; nothing was written.</exception>
    public BatchResult Run(string templateName, IReadOnlyDictionary<string, object?> notice, IReadOnlyList<BatchItem> items,
        string outputDirectory, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var shownDirectory = Path.GetFullPath(outputDirectory);
        // a link to a folder: write where it points and keep the link
        outputDirectory = RealPath.Of(shownDirectory);
        if (OutputPlacement.Check(outputDirectory, options.Inputs) is { Count: > 0 } misplaced) throw new GeneratorException(misplaced);
        using var writing = OutputLock.Acquire(outputDirectory);
        if (items.Count >= LongList) ReleaseReadingMemory();
        RunTimeline.Mark("output folder locked");
        var problems = new BatchProblems();
        var seen = new BatchValidator(generator, options).CheckRun(items, outputDirectory, problems);
        RunTimeline.Mark("output folder checked");

        var reuse = new PreviousRunReuse(writers, options.SkipUnchanged ? BatchManifest.TryRead(outputDirectory) : null);
        using var staging = StagingDirectory.Create(outputDirectory);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // the whole-run outputs are fed each letter as it is finished, on their own thread
        using var wholeRun = WholeRunOutputs.Start(options.Artifacts, templateName, items.Count, options.Parallelism, staging.Path, stop.Token);
        RunTimeline.Mark("whole-run outputs started");
        var (results, warnings) = new RecipientPass(generator, writers, options)
            .Run(templateName, notice, items, problems, staging.Path, reuse, outputDirectory, wholeRun.Letters, progress, stop);
        RunTimeline.Mark("last letter written");
        var artifacts = wholeRun.Finish(results, progress, cancellationToken);
        RunTimeline.Mark("whole-run outputs and manifests written");

        cancellationToken.ThrowIfCancellationRequested();
        // the folder is checked again just before the swap: a file added or edited while the run wrote is not lost
        var late = new List<Diagnostic>();
        OutputOwnership.Check(outputDirectory, options.OverwriteEdited, late.Add, seen, options.Parallelism);
        if (late.Count > 0) throw new GeneratorException(late);
        staging.Commit();
        RunTimeline.Mark("output moved into place");
        progress?.Report(new BatchProgress("done", items.Count, items.Count, null));
        return new BatchResult(results, artifacts, shownDirectory) { Warnings = warnings };
    }

    /// <summary>From how many recipients the memory their list was read with is given back before the letters: below it,
    /// that memory is a few MB, and the collection (6–9 ms that no worker can use) costs more than it saves.</summary>
    internal const int LongList = 10_000;

    /// <summary>Gives back the memory the recipient list was read with (its rows and raw records, now garbage) before the
    /// letters' working set builds on top of it: one compacting collection at a phase boundary. Without it a run of
    /// 89,400 letters peaked at 279 MB instead of 245 MB (Native AOT, issue 17).</summary>
    private static void ReleaseReadingMemory() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    /// <summary>Renders every document and checks it, collecting every problem; returns the documents when there are none.</summary>
    public Document[] Validate(string templateName, IReadOnlyDictionary<string, object?> notice, IReadOnlyList<BatchItem> items,
        string outputDirectory, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new BatchValidator(generator, options).Validate(templateName, notice, items, outputDirectory, progress, cancellationToken);
}
