using BenchmarkDotNet.Running;

namespace Generator.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project tests/Generator.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Entry point; arguments go to BenchmarkDotNet's switcher, except <c>--cpu [count]</c>: CPU time per PDF letter.</summary>
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--cpu")
        {
            CpuPerLetter.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 500);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
