using System.Diagnostics;
using Generator.Docx;

namespace Generator.Benchmarks;

/// <summary>Process CPU time per letter for the DOCX writer, on one thread, warm (<c>-- cpu docx [letters]</c>): a figure
/// that holds on a machine shared with other work, where BenchmarkDotNet's wall-clock times swing.</summary>
internal static class CpuPerLetter
{
    /// <summary>Writes the circular <paramref name="letters"/> times after a warm-up and prints CPU ms per letter.</summary>
    public static void Docx(int letters)
    {
        var document = BenchmarkDocuments.Circular();
        var writer = new DocxWriter();
        var output = new MemoryStream(64 * 1024);
        // warm: at least 1,000 letters and 2 seconds, so tiered JIT has compiled the hot methods at full optimisation
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 1000 || warm.Elapsed < TimeSpan.FromSeconds(2); i++)
        {
            output.SetLength(0);
            writer.Write(document, output);
        }
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < letters; i++)
        {
            output.SetLength(0);
            writer.Write(document, output);
        }
        clock.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - before).TotalMilliseconds;
        Console.WriteLine($"DOCX circular, {letters} letters, {output.Length} bytes each: " +
            $"CPU {cpu / letters:0.000} ms/letter, wall {clock.Elapsed.TotalMilliseconds / letters:0.000} ms/letter");
    }
}
