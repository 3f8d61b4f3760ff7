using BenchmarkDotNet.Running;

namespace Generator.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project tests/Generator.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Entry point; arguments go to BenchmarkDotNet's switcher, except <c>cpu pdf [count]</c>: CPU time per PDF letter.</summary>
    public static void Main(string[] args)
    {
        if (args is ["cpu", "pdf", ..])
        {
            PdfCpuPerLetter.Run(args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 500);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
