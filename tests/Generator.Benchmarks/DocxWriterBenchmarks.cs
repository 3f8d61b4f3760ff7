using BenchmarkDotNet.Attributes;
using Generator.Docx;
using Generator.Model;

namespace Generator.Benchmarks;

/// <summary>Per-letter DOCX time for the circular (rendered from templates/), warm: one writer for the whole run, as a
/// batch uses it, so what the writer keeps for every letter of a run is made once before measuring.</summary>
[MemoryDiagnoser]
public class DocxWriterBenchmarks
{
    private Document document = null!;
    private DocxWriter writer = null!;
    private MemoryStream output = null!;

    /// <summary>Parses the document and writes it once (JIT, the run's shared parts).</summary>
    [GlobalSetup]
    public void Setup()
    {
        document = BenchmarkDocuments.Circular();
        writer = new DocxWriter();
        output = new MemoryStream(64 * 1024);
        writer.Write(document, output);
        Console.WriteLine($"// DOCX size of the circular: {output.Length} bytes");
    }

    /// <summary>Writes the circular as DOCX into a reused memory stream.</summary>
    [Benchmark]
    public long WriteCircularDocx()
    {
        output.SetLength(0);
        writer.Write(document, output);
        return output.Length;
    }
}
