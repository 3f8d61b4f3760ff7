using Generator.Diagnostics;
using Generator.IO;
using Generator.Model;
using Generator.Pipeline;
using Generator.Writers;

namespace Generator.Batch;

/// <summary>The mail merge: validate every recipient first, then generate in parallel into a staging folder, then move it into place.</summary>
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
        var documents = new BatchValidator(generator, options).Validate(templateName, notice, items, outputDirectory, progress, cancellationToken, out var seen);

        var reuse = new PreviousRunReuse(writers, options.SkipUnchanged ? BatchManifest.TryRead(outputDirectory) : null);
        using var staging = StagingDirectory.Create(outputDirectory);

        // whole-run outputs that need only the documents are made while the recipients' files are written
        using var wholeRun = WholeRunOutputs.Start(options.Artifacts, items, documents, staging.Path, cancellationToken);
        BatchItemResult[] results;
        try
        {
            results = new RecipientFileWriter(writers, options).WriteAll(items, documents, staging.Path, reuse, outputDirectory, progress, cancellationToken);
        }
        catch
        {
            wholeRun.Abandon();
            throw;
        }
        var artifacts = wholeRun.Finish(templateName, results, progress, cancellationToken);

        cancellationToken.ThrowIfCancellationRequested();
        // the folder is checked again just before the swap: a file added or edited while the run wrote is not lost
        var late = new List<Diagnostic>();
        OutputOwnership.Check(outputDirectory, options.OverwriteEdited, late.Add, seen);
        if (late.Count > 0) throw new GeneratorException(late);
        staging.Commit();
        progress?.Report(new BatchProgress("done", items.Count, items.Count, null));
        return new BatchResult(results, artifacts, shownDirectory);
    }

    /// <summary>Renders every document and checks it, collecting every problem; returns the documents when there are none.</summary>
    public Document[] Validate(string templateName, IReadOnlyDictionary<string, object?> notice, IReadOnlyList<BatchItem> items,
        string outputDirectory, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default) =>
        new BatchValidator(generator, options).Validate(templateName, notice, items, outputDirectory, progress, cancellationToken, out _);
}
