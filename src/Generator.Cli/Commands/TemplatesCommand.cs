using System.CommandLine;
using Generator.Templating;

namespace Generator.Cli.Commands;

/// <summary><c>generator templates</c>: lists the templates with their one-line descriptions.</summary>
internal static class TemplatesCommand
{
    public static Command Create(CliConsole console)
    {
        var templates = CommonOptions.Templates();
        var command = new Command("templates", "List the available templates.") { templates };
        command.SetAction(parse =>
        {
            var root = TemplateRoot.Discover(parse.GetValue(templates)?.FullName);
            var names = root.TemplateNames();
            var width = names.Count == 0 ? 0 : names.Max(n => n.Length);
            foreach (var name in names) console.Out.WriteLine($"{name.PadRight(width)}  {root.DescriptionOf(name)}");
            return CliApp.Success;
        });
        return command;
    }
}
