using System.CommandLine;
using Generator.Diagnostics;
using Generator.Pipeline;

namespace Generator.Cli.Commands;

/// <summary><c>generator check</c>: parse and validate a template with its data without writing anything.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var template = CommonOptions.Template();
        var data = CommonOptions.Data();
        var templates = CommonOptions.Templates();
        var command = new Command("check", "Check a template and its data: syntax, undefined fields, markup. Writes nothing.")
        {
            template, data, templates,
        };
        command.SetAction(parse =>
        {
            var name = parse.GetRequiredValue(template);
            var generator = CommonOptions.Generator(parse.GetValue(templates));
            var syntax = generator.Renderer.Check(name);
            if (syntax.Count > 0) throw new GeneratorException(syntax);
            var notice = NoticeFile.Load(parse.GetRequiredValue(data).FullName);
            var document = generator.Generate(name, notice, identifier: name);
            console.Out.WriteLine($"{name}: OK ({document.Blocks.Length} blocks)");
            return CliApp.Success;
        });
        return command;
    }
}
