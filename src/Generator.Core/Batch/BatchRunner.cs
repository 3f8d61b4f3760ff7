using System.Collections.Concurrent;
using System.Security.Cryptography;
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
        var documents = Validate(templateName, notice, items, outputDirectory, progress, cancellationToken, out var seen);

        var previous = options.SkipUnchanged ? BatchManifest.TryRead(outputDirectory) : null;
        using var staging = StagingDirectory.Create(outputDirectory);

        // whole-run outputs that need only the documents are made while the recipients' files are written
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var preliminary = items.Select((item, i) => new BatchItemResult(i + 1, item, documents[i], [], "", false)).ToList();
        var earlyTask = Task.Run(() => options.Artifacts.Where(a => !a.NeedsFiles).SelectMany(a => a.Write(preliminary, staging.Path, stop.Token)).ToList(), stop.Token);
        BatchItemResult[] results;
        try
        {
            results = WriteAll(items, documents, staging.Path, previous, outputDirectory, progress, cancellationToken);
        }
        catch
        {
            stop.Cancel();
            try { earlyTask.Wait(CancellationToken.None); } catch (AggregateException) { } // it writes into staging: let it stop first
            throw;
        }
        var total = options.Artifacts.Count + 1; // + the manifests
        var early = options.Artifacts.Count(a => !a.NeedsFiles);
        progress?.Report(new BatchProgress("artifacts", 0, total, null));
        var artifacts = Await(earlyTask);
        progress?.Report(new BatchProgress("artifacts", early, total, null));
        var done = early;
        foreach (var artifact in options.Artifacts.Where(a => a.NeedsFiles))
        {
            cancellationToken.ThrowIfCancellationRequested();
            artifacts.AddRange(artifact.Write(results, staging.Path, cancellationToken));
            progress?.Report(new BatchProgress("artifacts", ++done, total, artifact.Name));
        }
        BatchManifest.Write(staging.Path, templateName, results);
        progress?.Report(new BatchProgress("artifacts", total, total, BatchManifest.JsonName));
        artifacts.Add(BatchManifest.CsvName);
        artifacts.Add(BatchManifest.JsonName);

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
        Validate(templateName, notice, items, outputDirectory, progress, cancellationToken, out _);

    private Document[] Validate(string templateName, IReadOnlyDictionary<string, object?> notice, IReadOnlyList<BatchItem> items,
        string outputDirectory, IProgress<BatchProgress>? progress, CancellationToken cancellationToken, out OutputOwnership.Seen seen)
    {
        var problems = new ConcurrentBag<(int Index, Diagnostic Diagnostic)>();
        seen = OutputOwnership.Check(outputDirectory, options.OverwriteEdited, d => problems.Add((-1, d)));
        CheckFileStems(items, problems);

        var documents = new Document[items.Count];
        var done = 0;
        Parallel.For(0, items.Count, ParallelOptions(cancellationToken), i =>
        {
            var item = items[i];
            try
            {
                var document = generator.Generate(templateName, notice, item.Fields, item.Label, $"{templateName}:{item.FileStem}", cancellationToken);
                documents[i] = document;
                if (options.GlyphCoverage is { } coverage)
                    foreach (var d in GlyphCheck.Find(document, coverage, item.Label)) problems.Add((i, d));
                foreach (var d in options.DocumentCheck?.Invoke(document, item) ?? []) problems.Add((i, d));
            }
            catch (GeneratorException e)
            {
                foreach (var d in e.Diagnostics) problems.Add((i, d));
            }
            progress?.Report(new BatchProgress("validate", Interlocked.Increment(ref done), items.Count, item.Label));
        });
        cancellationToken.ThrowIfCancellationRequested();
        if (!problems.IsEmpty)
            throw new GeneratorException(problems.OrderBy(p => p.Index).ThenBy(p => p.Diagnostic.File, StringComparer.Ordinal)
                .ThenBy(p => p.Diagnostic.Line).Select(p => p.Diagnostic).Distinct().ToList());
        return documents;
    }

    private BatchItemResult[] WriteAll(IReadOnlyList<BatchItem> items, Document[] documents, string staging,
        BatchManifest.Manifest? previous, string outputDirectory, IProgress<BatchProgress>? progress, CancellationToken cancellationToken)
    {
        var earlier = previous?.Entries.GroupBy(e => e.Label).ToDictionary(g => g.Key, g => g.First()) ?? [];
        var results = new BatchItemResult[items.Count];
        var done = 0;
        ParallelFor(items.Count, cancellationToken, i =>
        {
            var item = items[i];
            var fingerprint = DocumentFingerprint.Of(documents[i], writers, options.WriterSettings);
            var reused = earlier.TryGetValue(item.Label, out var entry) && entry.Fingerprint == fingerprint
                ? TryReuse(entry, item, outputDirectory, staging)
                : null;
            var files = reused ?? writers.Select(w => WriteOne(w, documents[i], item, staging)).ToList();
            results[i] = new BatchItemResult(i + 1, item, documents[i], files, fingerprint, reused is not null);
            progress?.Report(new BatchProgress("write", Interlocked.Increment(ref done), items.Count, item.Label));
        });
        cancellationToken.ThrowIfCancellationRequested();
        return results;
    }

    /// <summary>The per-thread buffer a document is written into before it is hashed and saved.</summary>
    private static readonly ScratchBuffer OutputBuffer = new();

    private static BatchFile WriteOne(IDocumentWriter writer, Document document, BatchItem item, string staging)
    {
        var buffer = OutputBuffer.Rent();
        int pages;
        try
        {
            pages = writer is IPagedDocumentWriter paged ? paged.WritePaged(document, buffer) : Write(writer, document, buffer);
        }
        catch (GeneratorException e)
        {
            throw new GeneratorException(e.Diagnostics.Select(d => d.ForRecipient(item.Label)).ToList());
        }
        var name = $"{item.FileStem}.{writer.Extension}";
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        using (var file = new FileStream(Path.Combine(staging, name), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None))
            file.Write(bytes);
        return new BatchFile(writer.Format, name, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)), pages);
    }

    private static int Write(IDocumentWriter writer, Document document, Stream output)
    {
        writer.Write(document, output);
        return 0;
    }

    /// <summary>Copies a recipient's files from the previous run when all still exist with their recorded hashes.</summary>
    private List<BatchFile>? TryReuse(BatchManifest.Entry entry, BatchItem item, string outputDirectory, string staging)
    {
        if (entry.Files.Count != writers.Count || !writers.All(w => entry.Files.Any(f => f.Format == w.Format))) return null;
        // trust no file name from manifest.json: each must be exactly the one this run would write
        if (!entry.Files.All(f => writers.Any(w => w.Format == f.Format && f.FileName == $"{item.FileStem}.{w.Extension}"))) return null;
        foreach (var file in entry.Files)
        {
            var path = Path.Combine(outputDirectory, file.FileName);
            if (!File.Exists(path) || Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) != file.Sha256) return null;
        }
        foreach (var file in entry.Files) File.Copy(Path.Combine(outputDirectory, file.FileName), Path.Combine(staging, file.FileName));
        return [.. entry.Files];
    }

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

    /// <summary>Parallel.For that surfaces writer problems as one <see cref="GeneratorException"/> instead of an AggregateException.</summary>
    private void ParallelFor(int count, CancellationToken token, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, ParallelOptions(token), body);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is GeneratorException))
        {
            throw new GeneratorException(e.InnerExceptions.Cast<GeneratorException>().SelectMany(x => x.Diagnostics).ToList());
        }
    }

    private ParallelOptions ParallelOptions(CancellationToken token) =>
        new() { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = token };

    private static void CheckFileStems(IReadOnlyList<BatchItem> items, ConcurrentBag<(int, Diagnostic)> problems)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < items.Count; i++)
        {
            if (seen.TryAdd(items[i].FileStem, i)) continue;
            problems.Add((i, new Diagnostic("(recipients)", i + 1, 0,
                $"Two recipients would get the same file name '{items[i].FileStem}' ({items[seen[items[i].FileStem]].Label} and {items[i].Label}).",
                "Remove the duplicate recipient.", items[i].Label)));
        }
    }
}
