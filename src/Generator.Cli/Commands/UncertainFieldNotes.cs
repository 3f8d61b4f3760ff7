using System.Collections;
using Generator.Pipeline;
using Generator.Templating;

namespace Generator.Cli.Commands;

/// <summary>After a successful <c>check</c>: one note per field fields.yaml marks <c>uncertain</c> (a placeholder or an unconfirmed fact) that the notice fills in.</summary>
internal static class UncertainFieldNotes
{
    public static void Write(TextWriter output, DocumentGenerator generator, string template, IReadOnlyDictionary<string, object?> notice)
    {
        if (generator.Renderer is not ScribanTemplateRenderer scriban || TemplateFieldSet.LoadIfPresent(scriban.Root, template) is not { } fields) return;
        foreach (var (field, value) in fields.UncertainValues(notice))
        {
            var shown = value is IEnumerable items and not string ? string.Join("・", items.Cast<object?>()) : value.ToString();
            var why = string.IsNullOrEmpty(field.Help) ? "" : $" ({field.Help})";
            output.WriteLine($"note: {field.Label} ({field.Key}) is marked uncertain{why}: confirm 「{shown}」 before sending.");
        }
    }
}
