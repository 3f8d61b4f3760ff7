using Generator.Markup;
using Generator.Model;

namespace Generator.Benchmarks;

/// <summary>Documents the benchmarks write, parsed once from the test fixtures.</summary>
internal static class BenchmarkDocuments
{
    /// <summary>The 2018 circular (府医第36号): 3 pages of body text, items, a contact box and a table.</summary>
    public static Document Circular()
    {
        var markup = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documents", "circular-2018.txt"));
        var result = MarkupParser.Parse(markup, "circular-2018.txt");
        if (!result.Success) throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        return result.Document;
    }
}
