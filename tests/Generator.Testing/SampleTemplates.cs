using Generator.Markup;
using Generator.Model;
using Generator.Pipeline;
using Generator.Templating;

namespace Generator.Testing;

/// <summary>The project's templates in <c>templates/</c> and the documents their sample notices render to: tests take
/// their sample documents and template lists from here rather than from hand copies.</summary>
public static class SampleTemplates
{
    /// <summary>The template that needs no recipient: the 2018 joint circular (府医第36号).</summary>
    public const string Circular = "circular";

    private static readonly Lazy<TemplateRoot> LazyRoot = new(() => new TemplateRoot(RepositoryRoot.Templates));
    private static readonly Lazy<DocumentGenerator> LazyGenerator = new(() => new DocumentGenerator(new ScribanTemplateRenderer(Root)));

    /// <summary>The project's <c>templates/</c> folder.</summary>
    public static TemplateRoot Root => LazyRoot.Value;

    /// <summary>The pipeline over the project's templates.</summary>
    public static DocumentGenerator Generator => LazyGenerator.Value;

    /// <summary>Every template (a folder of templates/ holding template.sbn), sorted.</summary>
    public static IReadOnlyList<string> All => Root.TemplateNames();

    /// <summary>The merge templates (one document per recipient): those whose README.md says so in a line starting
    /// 「Merge template:」, as each merge template's README does.</summary>
    public static IReadOnlyList<string> MergeTemplates =>
        All.Where(name => File.ReadLines(Path.Combine(Root.Directory, name, "README.md"))
            .Any(line => line.StartsWith("Merge template:", StringComparison.Ordinal))).ToList();

    /// <summary>The sample notice of a template (<c>templates/&lt;name&gt;/notice.yaml</c>).</summary>
    public static IReadOnlyDictionary<string, object?> Notice(string template) =>
        NoticeFile.Load(Path.Combine(Root.Directory, template, "notice.yaml"));

    /// <summary>The circular's sample notice completed as the paper copy is: its document number, date and 「以上」,
    /// which the extracted reference lacks and notice.yaml leaves empty.</summary>
    public static IReadOnlyDictionary<string, object?> CircularPaperNotice() =>
        new Dictionary<string, object?>(Notice(Circular), StringComparer.Ordinal)
        {
            ["number"] = "府医第36号",
            ["date"] = "2018-06-29",
            ["closing"] = true,
        };

    /// <summary>The 2018 circular's markup: <c>templates/circular</c> rendered from <see cref="CircularPaperNotice"/>
    /// (two pages of body text and items), ending with a line break so that a test can add blocks the template does not
    /// write (a contact box, a table).</summary>
    public static string CircularMarkup() => Generator.RenderMarkup(Circular, CircularPaperNotice()).Markup.TrimEnd('\n') + "\n";

    /// <summary>Parses sample markup; fails the test, listing the problems, when it does not parse.</summary>
    public static Document ParseSample(string markup, string sourceName)
    {
        var result = MarkupParser.Parse(markup, sourceName);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Document;
    }
}
