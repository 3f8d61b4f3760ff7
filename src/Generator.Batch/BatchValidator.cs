using Generator.Diagnostics;
using Generator.Model;
using Generator.Pipeline;
using Generator.Writers;

namespace Generator.Batch;

/// <summary>What refuses a batch before anything is written: renders a recipient's document and checks it (template,
/// markup, glyphs, attachments), and checks the run as a whole (file names, the output folder).</summary>
internal sealed class BatchValidator(DocumentGenerator generator, BatchOptions options)
{
    /// <summary>Checks the run as a whole — the output folder and the recipients' file names — into <paramref name="problems"/>;
    /// returns what the output folder check found.</summary>
    public OutputOwnership.Seen CheckRun(IReadOnlyList<BatchItem> items, string outputDirectory, BatchProblems problems)
    {
        var seen = OutputOwnership.Check(outputDirectory, options.OverwriteEdited, d => problems.Add(-1, d), parallelism: options.Parallelism);
        CheckFileStems(items, problems);
        return seen;
    }

    /// <summary>Renders the document of the recipient at <paramref name="index"/> and checks it; null when it has a problem
    /// (added to <paramref name="problems"/>).</summary>
    public Document? Render(string templateName, IReadOnlyDictionary<string, object?> notice, BatchItem item, int index,
        BatchProblems problems, CancellationToken cancellationToken)
    {
        var ok = true;
        void Problem(Diagnostic d)
        {
            problems.Add(index, d);
            ok = false;
        }
        try
        {
            var document = generator.Generate(templateName, notice, item.Fields, item.Label, $"{templateName}:{item.FileStem}", cancellationToken);
            if (options.GlyphCoverage is { } coverage)
                foreach (var d in GlyphCheck.Find(document, coverage, item.Label)) Problem(d);
            foreach (var d in options.DocumentCheck?.Invoke(document, item) ?? []) Problem(d);
            foreach (var attachment in options.Attachments)
                foreach (var d in attachment.Check(item)) Problem(d);
            return ok ? document : null;
        }
        catch (GeneratorException e)
        {
            foreach (var d in e.Diagnostics) Problem(d);
            return null;
        }
    }

    /// <summary>Renders every document and checks it, collecting every problem (for <c>check</c>, which writes nothing).</summary>
    /// <exception cref="GeneratorException">Every problem found, in recipient order.</exception>
    public Document[] Validate(string templateName, IReadOnlyDictionary<string, object?> notice, IReadOnlyList<BatchItem> items,
        string outputDirectory, IProgress<BatchProgress>? progress, CancellationToken cancellationToken)
    {
        var problems = new BatchProblems();
        CheckRun(items, outputDirectory, problems);
        var documents = new Document[items.Count];
        var done = 0;
        Parallel.For(0, items.Count, BatchParallel.Options(options.Parallelism, cancellationToken), i =>
        {
            documents[i] = Render(templateName, notice, items[i], i, problems, cancellationToken)!;
            progress?.Report(new BatchProgress("validate", Interlocked.Increment(ref done), items.Count, items[i].Label));
        });
        cancellationToken.ThrowIfCancellationRequested();
        problems.ThrowIfAny();
        return documents;
    }

    private static void CheckFileStems(IReadOnlyList<BatchItem> items, BatchProblems problems)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < items.Count; i++)
        {
            if (seen.TryAdd(items[i].FileStem, i)) continue;
            problems.Add(i, new Diagnostic("(recipients)", i + 1, 0,
                $"Two recipients would get the same file name '{items[i].FileStem}' ({items[seen[items[i].FileStem]].Label} and {items[i].Label}).",
                "Remove the duplicate recipient.", items[i].Label));
        }
    }
}
