using System.Collections.Concurrent;
using Generator.Diagnostics;
using Generator.Model;
using Generator.Pipeline;
using Generator.Writers;

namespace Generator.Batch;

/// <summary>The first phase of a batch: renders every recipient's document and checks it (template, markup, glyphs, file
/// names, the output folder), collecting every problem before anything is written.</summary>
internal sealed class BatchValidator(DocumentGenerator generator, BatchOptions options)
{
    /// <summary>The documents, in recipient order, when there is no problem; <paramref name="seen"/> is what the output folder check found.</summary>
    /// <exception cref="GeneratorException">Every problem found, in recipient order.</exception>
    public Document[] Validate(string templateName, IReadOnlyDictionary<string, object?> notice, IReadOnlyList<BatchItem> items,
        string outputDirectory, IProgress<BatchProgress>? progress, CancellationToken cancellationToken, out OutputOwnership.Seen seen)
    {
        var problems = new ConcurrentBag<(int Index, Diagnostic Diagnostic)>();
        seen = OutputOwnership.Check(outputDirectory, options.OverwriteEdited, d => problems.Add((-1, d)));
        CheckFileStems(items, problems);

        var documents = new Document[items.Count];
        var done = 0;
        Parallel.For(0, items.Count, BatchParallel.Options(options.Parallelism, cancellationToken), i =>
        {
            var item = items[i];
            try
            {
                var document = generator.Generate(templateName, notice, item.Fields, item.Label, $"{templateName}:{item.FileStem}", cancellationToken);
                documents[i] = document;
                if (options.GlyphCoverage is { } coverage)
                    foreach (var d in GlyphCheck.Find(document, coverage, item.Label)) problems.Add((i, d));
                foreach (var d in options.DocumentCheck?.Invoke(document, item) ?? []) problems.Add((i, d));
                foreach (var attachment in options.Attachments)
                    foreach (var d in attachment.Check(item)) problems.Add((i, d));
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
