using BenchmarkDotNet.Attributes;
using Generator.Model;
using Generator.Pdf;

namespace Generator.Benchmarks;

/// <summary>Per-document PDF time for the circular and for a 2-page forwarding-notice letter (rendered from templates/), warm
/// (font loaded, JIT done); the sizes are printed in the log.</summary>
[MemoryDiagnoser]
public class PdfWriterBenchmarks
{
    private Document document = null!;
    private Document letter = null!;
    private PdfWriter writer = null!;
    private MemoryStream output = null!;

    /// <summary>Parses the document and writes it once so the font is loaded before measuring.</summary>
    [GlobalSetup]
    public void Setup()
    {
        document = BenchmarkDocuments.Circular();
        writer = new PdfWriter();
        output = new MemoryStream(256 * 1024);
        writer.Write(document, output);
        Console.WriteLine($"// PDF size of the circular: {output.Length} bytes");
        letter = BenchmarkDocuments.Letter();
        output.SetLength(0);
        writer.Write(letter, output);
        Console.WriteLine($"// PDF size of the forwarding-notice letter (011002): {output.Length} bytes");
    }

    /// <summary>Writes the 2-page forwarding-notice letter as PDF into a reused memory stream.</summary>
    [Benchmark]
    public long WriteLetterPdf()
    {
        output.SetLength(0);
        writer.Write(letter, output);
        return output.Length;
    }

    /// <summary>Writes the circular as PDF into a reused memory stream.</summary>
    [Benchmark]
    public long WriteCircularPdf()
    {
        output.SetLength(0);
        writer.Write(document, output);
        return output.Length;
    }
}
