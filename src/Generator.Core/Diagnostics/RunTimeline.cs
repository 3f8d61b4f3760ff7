using System.Diagnostics;
using System.Globalization;

namespace Generator.Diagnostics;

/// <summary>Marks of a run's phases on standard error, for whoever measures where a run waits (issue 17): with
/// <c>GENERATOR_TIMELINE=1</c> each <see cref="Mark"/> writes <c>generator: timeline: 41.2 ms recipients read</c>,
/// milliseconds since <c>Main</c> began (the command's first mark; the runtime's own start, ~20 ms for the Native AOT
/// build, comes before it). Off (the default), a mark costs one field read.</summary>
/// <example><c>GENERATOR_TIMELINE=1 generator batch forwarding-notice --recipients builtin:all --out out</c></example>
public static class RunTimeline
{
    /// <summary>The environment variable that turns the marks on (value <c>1</c>).</summary>
    public const string Variable = "GENERATOR_TIMELINE";

    private static readonly Stopwatch? Clock = Environment.GetEnvironmentVariable(Variable) == "1" ? Start() : null;
    private static readonly object Gate = new();

    /// <summary>Writes <paramref name="what"/> with the time since the first mark, when enabled.</summary>
    public static void Mark(string what)
    {
        if (Clock is not { } clock) return;
        lock (Gate) // the lines in the order of their times
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"generator: timeline: {clock.Elapsed.TotalMilliseconds:0.0} ms {what}");
            Console.Error.WriteLine(line);
        }
    }

    /// <summary>Standard error is made ready first (its first use takes ~9 ms), so that the marks do not count it.</summary>
    private static Stopwatch Start()
    {
        _ = Console.Error;
        return Stopwatch.StartNew();
    }
}
