using Generator.Core.Tests.Support;
using Generator.Writers.Text;

namespace Generator.Core.Tests.Templates;

/// <summary>Renders a project template for one recipient, with the sample notice's date (or another) and field overrides.</summary>
internal static class TemplateRender
{
    public static IReadOnlyDictionary<string, object?> Notice(string template, string? date = null, Action<Dictionary<string, object?>>? change = null)
    {
        var notice = new Dictionary<string, object?>(TestRendering.Notice(template), StringComparer.Ordinal);
        if (date is not null) notice["date"] = date;
        change?.Invoke(notice);
        return notice;
    }

    public static string Text(string template, IReadOnlyDictionary<string, object?> recipient, string? date = null, Action<Dictionary<string, object?>>? change = null) =>
        new PlainTextWriter().ToText(TestRendering.Project.Generate(template, Notice(template, date, change), recipient, Label(recipient)));

    public static string Markup(string template, IReadOnlyDictionary<string, object?> recipient, string? date = null) =>
        TestRendering.Project.RenderMarkup(template, Notice(template, date), recipient, Label(recipient)).Markup;

    private static string Label(IReadOnlyDictionary<string, object?> recipient) => $"{recipient["code"]} {recipient["name"]}";
}
