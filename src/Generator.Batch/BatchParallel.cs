namespace Generator.Batch;

/// <summary>Parallel loops of a batch: at most <c>parallelism</c> documents at once.</summary>
internal static class BatchParallel
{
    /// <summary>Loop options for <paramref name="parallelism"/> (at least 1) and <paramref name="token"/>.</summary>
    public static ParallelOptions Options(int parallelism, CancellationToken token) =>
        new() { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = token };
}
