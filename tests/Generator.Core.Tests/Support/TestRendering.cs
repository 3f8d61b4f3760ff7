using Generator.Diagnostics;
using Generator.Model;
using Generator.Pipeline;
using Generator.Templating;

namespace Generator.Core.Tests.Support;

/// <summary>Renders the project's templates or the test templates.</summary>
internal static class TestRendering
{
    public static DocumentGenerator Project => SampleTemplates.Generator;

    public static DocumentGenerator Tests { get; } = new(new ScribanTemplateRenderer(new TemplateRoot(TestPaths.TestTemplates),
        TemplateLimits.Default with { Timeout = TimeSpan.FromSeconds(5) }));

    public static IReadOnlyDictionary<string, object?> Notice(string templateName) => SampleTemplates.Notice(templateName);

    public static Document Circular() => Project.Generate("circular", Notice("circular"));

    /// <summary>Renders a test template expecting failure; returns the diagnostics.</summary>
    public static IReadOnlyList<Diagnostic> Errors(string template, IReadOnlyDictionary<string, object?>? notice = null, IReadOnlyDictionary<string, object?>? recipient = null, string? label = null)
    {
        var e = Assert.Throws<GeneratorException>(() => Tests.Generate(template, notice ?? new Dictionary<string, object?>(), recipient, label));
        return e.Diagnostics;
    }
}
