using System.CommandLine;
using Generator.Diagnostics;
using Generator.Templating;

namespace Generator.Cli.Commands;

/// <summary><c>generator templates [name]</c>: lists the templates with their one-line descriptions, or one template's fields.</summary>
internal static class TemplatesCommand
{
    public static Command Create(CliConsole console)
    {
        var templates = CommonOptions.Templates();
        var name = new Argument<string?>("template") { Description = "A template whose fields (from its fields.yaml) to list.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("templates", "List the available templates, or the fields of one (generator templates circular).") { name, templates };
        command.SetAction(parse =>
        {
            var root = TemplateRoot.Discover(parse.GetValue(templates)?.FullName);
            var names = root.TemplateNames();
            if (parse.GetValue(name) is { } template)
            {
                if (!names.Contains(template))
                    throw new GeneratorException(new Diagnostic(Path.Combine(root.Directory, template), 0, 0, $"No template '{template}'.",
                        $"Use one of: {string.Join(", ", names)}."));
                var fields = TemplateFieldSet.Load(Path.Combine(root.Directory, template));
                console.Out.WriteLine($"{template}  {DescriptionOf(root, template)}".TrimEnd());
                console.Out.WriteLine();
                TemplateFieldTable.Write(console.Out, fields.Fields);
                return CliApp.Success;
            }
            var width = names.Count == 0 ? 0 : names.Max(n => n.Length);
            foreach (var n in names) console.Out.WriteLine($"{n.PadRight(width)}  {DescriptionOf(root, n)}".TrimEnd());
            return CliApp.Success;
        });
        return command;
    }

    /// <summary>The README's first paragraph, else fields.yaml's <c>description:</c>.</summary>
    private static string DescriptionOf(TemplateRoot root, string template) =>
        root.DescriptionOf(template) is { Length: > 0 } readme ? readme : TemplateFieldSet.LoadIfPresent(root, template)?.Description ?? "";
}
