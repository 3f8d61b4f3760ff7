using System.Collections.Concurrent;
using Generator.Diagnostics;

namespace Generator.Batch;

/// <summary>Problems found by the threads of a batch, each with the recipient's position, reported together in recipient order.</summary>
internal sealed class BatchProblems
{
    private readonly ConcurrentBag<(int Index, Diagnostic Diagnostic)> found = [];

    /// <summary>Whether any problem was found.</summary>
    public bool Any => !found.IsEmpty;

    /// <summary>A problem of the recipient at <paramref name="index"/> (0-based; -1 for the run as a whole, reported first).</summary>
    public void Add(int index, Diagnostic diagnostic) => found.Add((index, diagnostic));

    /// <summary>Throws every problem, in recipient order, each once; nothing when there is none.</summary>
    /// <exception cref="GeneratorException">There are problems.</exception>
    public void ThrowIfAny()
    {
        if (found.IsEmpty) return;
        throw new GeneratorException(found.OrderBy(p => p.Index).ThenBy(p => p.Diagnostic.File, StringComparer.Ordinal)
            .ThenBy(p => p.Diagnostic.Line).Select(p => p.Diagnostic).Distinct().ToList());
    }
}
