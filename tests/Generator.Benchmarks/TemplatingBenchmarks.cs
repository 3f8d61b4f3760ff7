using BenchmarkDotNet.Attributes;
using Generator.Pipeline;
using Generator.Writers.Text;

namespace Generator.Benchmarks;

/// <summary>Template → markup → Document → text for the 2018 circular (warm, per document).</summary>
[MemoryDiagnoser]
public class TemplatingBenchmarks
{
    private DocumentGenerator generator = null!;
    private IReadOnlyDictionary<string, object?> notice = null!;

    /// <summary>Parses the template once, as a batch does.</summary>
    [GlobalSetup]
    public void Setup()
    {
        generator = BenchmarkDocuments.NewGenerator();
        notice = BenchmarkDocuments.CircularNotice();
        generator.Generate(BenchmarkDocuments.CircularTemplate, notice);
    }

    /// <summary>Render and parse the circular.</summary>
    [Benchmark]
    public object RenderCircular() => generator.Generate(BenchmarkDocuments.CircularTemplate, notice);

    /// <summary>Render, parse and write the circular as text.</summary>
    [Benchmark]
    public string RenderCircularToText() => new PlainTextWriter().ToText(generator.Generate(BenchmarkDocuments.CircularTemplate, notice));
}
