using System.Globalization;
using System.Runtime;

namespace Generator.Cli;

/// <summary>Entry point of the <c>generator</c> command.</summary>
public static class Program
{
    /// <summary>Set to 1, the process writes its garbage collector's figures to standard error as it ends (for
    /// scripts/bench-batch.sh, which prints them: a gen-0 collection stops every worker of a batch).</summary>
    public const string GcStatsVariable = "GENERATOR_GC_STATS";

    /// <summary>Runs the command line and returns the exit code (0 success, 1 input problems, 2 usage).</summary>
    public static int Main(string[] args)
    {
        Generator.Diagnostics.RunTimeline.Mark("main");
        var exitCode = CliApp.Run(args, Console.Out, Console.Error);
        Generator.Diagnostics.RunTimeline.Mark("end");
        if (Environment.GetEnvironmentVariable(GcStatsVariable) == "1") Console.Error.WriteLine(GcStats());
        return exitCode;
    }

    /// <summary>One line: collections per generation, time paused, bytes allocated, and which collector ran.</summary>
    internal static string GcStats() => string.Create(CultureInfo.InvariantCulture,
        $"generator: gc: {GC.CollectionCount(0)} gen-0, {GC.CollectionCount(1)} gen-1, {GC.CollectionCount(2)} gen-2 collections; " +
        $"{GC.GetTotalPauseDuration().TotalMilliseconds:0.0} ms paused; {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB allocated; " +
        $"{(GCSettings.IsServerGC ? "server" : "workstation")}");
}
