using Generator.Diagnostics;

namespace Generator.Batch;

/// <summary>Parallel loops of a batch: at most <c>parallelism</c> documents at once, writer problems surfaced as one <see cref="GeneratorException"/>.</summary>
internal static class BatchParallel
{
    /// <summary>Loop options for <paramref name="parallelism"/> (at least 1) and <paramref name="token"/>.</summary>
    public static ParallelOptions Options(int parallelism, CancellationToken token) =>
        new() { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = token };

    /// <summary>Parallel.For that surfaces writer problems as one <see cref="GeneratorException"/> instead of an AggregateException.</summary>
    public static void For(int count, int parallelism, CancellationToken token, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, Options(parallelism, token), body);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is GeneratorException))
        {
            throw new GeneratorException(e.InnerExceptions.Cast<GeneratorException>().SelectMany(x => x.Diagnostics).ToList());
        }
    }
}
