using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Generator.Diagnostics;
using Generator.Pipeline;
using Generator.Writers;

namespace Generator.Batch;

/// <summary>The recipients' pass of a batch: each recipient's document is rendered, checked and — as long as no problem
/// has been found — written into the staging folder at once, then handed in order to the whole-run outputs; its
/// document is then dropped, so memory stays flat however many recipients there are.</summary>
/// <remarks>
/// Validate-first holds because the staging folder is moved into place only after the pass: a problem anywhere (all are
/// collected) fails the run and the staging folder is deleted. The workers take the recipients in order, one at a time,
/// so the letters finish nearly in order and the outputs fed in order hold only a few of them.
/// </remarks>
internal sealed class RecipientPass(DocumentGenerator generator, IReadOnlyList<IDocumentWriter> writers, BatchOptions options)
{
    /// <summary>Renders, checks and writes every recipient into <c>staging</c>, handing each letter to <c>letters</c>;
    /// results in recipient order, and the warnings found. <c>problems</c> holds the run's problems found so far (output
    /// folder, file names; nothing is written while there is one); every recipient's are added. <c>stop</c> is cancelled
    /// when a worker fails.</summary>
    /// <exception cref="GeneratorException">Any problem: every validation problem, else what a writer refused.</exception>
    public (RecipientResults Results, IReadOnlyList<Diagnostic> Warnings) Run(string templateName, IReadOnlyDictionary<string, object?> notice,
        IReadOnlyList<BatchItem> items, BatchProblems problems, string staging, PreviousRunReuse reuse, string outputDirectory,
        LetterFeed letters, IProgress<BatchProgress>? progress, CancellationTokenSource stop)
    {
        var validator = new BatchValidator(generator, options);
        var fileWriter = new RecipientFileWriter(writers, options);
        var refused = new BatchProblems(); // what a writer refused: reported only when validation found nothing
        var warnings = new ConcurrentDictionary<Diagnostic, (int Index, int Order)>();
        var results = new RecipientResults(items); // compact: the run keeps every recipient's result
        int next = -1, validated = 0, written = 0;

        void Letter(int i)
        {
            var item = items[i];
            var document = validator.Render(templateName, notice, item, i, problems, stop.Token);
            var rendered = Interlocked.Increment(ref validated);
            if (rendered == 1) RunTimeline.Mark("first letter rendered");
            progress?.Report(new BatchProgress("validate", rendered, items.Count, item.Label));
            if (document is not null && options.DocumentWarnings is { } find)
                foreach (var (warning, order) in find(document, item).Select((w, n) => (w, n)))
                    warnings.AddOrUpdate(warning, (i, order), (_, seen) => seen.CompareTo((i, order)) <= 0 ? seen : (i, order));
            if (document is null || problems.Any || refused.Any)
            {
                letters.Deliver(i, null);
                return;
            }
            BatchItemResult result;
            Pdf.DrawnPages? drawn;
            try
            {
                (result, drawn) = fileWriter.Write(i, item, document, staging, reuse, outputDirectory);
            }
            catch (GeneratorException e)
            {
                foreach (var d in e.Diagnostics) refused.Add(i, d.ForRecipient(item.Label));
                letters.Deliver(i, null);
                return;
            }
            results.Set(i, result);
            letters.Deliver(i, new BatchLetter(result, document) { Drawn = drawn });
            var finished = Interlocked.Increment(ref written);
            if (finished == 1) RunTimeline.Mark("first letter written");
            progress?.Report(new BatchProgress("write", finished, items.Count, item.Label));
        }

        void Work()
        {
            while (!stop.IsCancellationRequested)
            {
                letters.Reserve();
                var i = Interlocked.Increment(ref next);
                if (i >= items.Count)
                {
                    letters.Unreserve();
                    return;
                }
                Letter(i);
            }
        }

        RunWorkers(Math.Clamp(options.Parallelism, 1, Math.Max(1, items.Count)), Work, stop);
        stop.Token.ThrowIfCancellationRequested();
        problems.ThrowIfAny();
        refused.ThrowIfAny();
        return (results, [.. warnings.OrderBy(w => w.Value).Select(w => w.Key)]);
    }

    /// <summary>Runs <paramref name="work"/> on <paramref name="count"/> threads (this one among them); the first failure
    /// stops the others (<paramref name="stop"/>) and is rethrown, a cancellation before any other failure.</summary>
    private static void RunWorkers(int count, Action work, CancellationTokenSource stop)
    {
        var failures = new ConcurrentQueue<ExceptionDispatchInfo>();
        void Guarded()
        {
            try
            {
                work();
            }
            catch (Exception e)
            {
                failures.Enqueue(ExceptionDispatchInfo.Capture(e));
                stop.Cancel();
            }
        }
        var threads = Enumerable.Range(1, count - 1).Select(n => new Thread(Guarded) { IsBackground = true, Name = $"batch worker {n}" }).ToList();
        threads.ForEach(t => t.Start());
        Guarded();
        threads.ForEach(t => t.Join());
        var first = failures.FirstOrDefault(f => f.SourceException is not OperationCanceledException) ?? failures.FirstOrDefault();
        first?.Throw();
    }
}
