using Generator.Model;
using Generator.Pipeline;
using Generator.Templating;

namespace Generator.Benchmarks;

/// <summary>The documents the benchmarks write, rendered from the project's templates/ (found above the program).</summary>
internal static class BenchmarkDocuments
{
    /// <summary>The template the benchmarks render: the 2018 circular (府医第36号), two pages of body text and items.</summary>
    public const string CircularTemplate = "circular";

    /// <summary>A pipeline over templates/, as a batch uses it.</summary>
    public static DocumentGenerator NewGenerator() => new(new ScribanTemplateRenderer(TemplateRoot.Discover()));

    /// <summary>The circular's sample notice (templates/circular/notice.yaml).</summary>
    public static IReadOnlyDictionary<string, object?> CircularNotice() =>
        NoticeFile.Load(Path.Combine(TemplateRoot.Discover().Directory, CircularTemplate, "notice.yaml"));

    /// <summary>The circular rendered from its template and sample notice.</summary>
    public static Document Circular() => NewGenerator().Generate(CircularTemplate, CircularNotice());
}
