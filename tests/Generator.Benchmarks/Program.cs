using BenchmarkDotNet.Running;

namespace Generator.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project tests/Generator.Benchmarks -- --filter '*'</c>;
/// <c>-- cpu docx [letters]</c> and <c>-- cpu pdf [letters]</c> print the writer's CPU time per letter instead;
/// <c>-- parts pdf</c> what a PDF letter's bytes are made of; <c>-- alloc pdf [letters]</c> the bytes a PDF letter allocates; <c>-- alloc letter [letters]</c> the bytes each stage of a batch letter allocates.</summary>
public static class Program
{
    /// <summary>Entry point; arguments go to BenchmarkDotNet's switcher, except <c>cpu docx|pdf [count]</c>, <c>alloc pdf [count]</c>, <c>alloc letter [count]</c> and <c>parts pdf</c>.</summary>
    public static void Main(string[] args)
    {
        if (args is ["cpu", "docx", ..])
        {
            CpuPerLetter.Docx(args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5000);
            return;
        }
        if (args is ["cpu", "pdf", ..])
        {
            PdfCpuPerLetter.Run(args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 500);
            return;
        }
        if (args is ["alloc", "pdf", ..])
        {
            PdfAllocPerLetter.Run(args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200);
            return;
        }
        if (args is ["alloc", "letter", ..])
        {
            LetterAllocPerStage.Run(args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200);
            return;
        }
        if (args is ["parts", "pdf"])
        {
            PdfLetterParts.Run();
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
