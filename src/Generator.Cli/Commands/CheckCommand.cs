using System.CommandLine;
using Generator.Batch;
using Generator.Diagnostics;

namespace Generator.Cli.Commands;

/// <summary><c>generator check</c>: parse and validate a template with its data (and recipients) without writing anything.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var template = CommonOptions.Template();
        var data = CommonOptions.Data();
        var templates = CommonOptions.Templates();
        var recipients = new Option<string?>("--recipients") { Description = "Also merge every recipient (a selector such as builtin:all, or a file) and report every problem." };
        var sheet = CommonOptions.Sheet();
        var headerRow = CommonOptions.HeaderRow();
        var asOf = CommonOptions.AsOf();
        var final = new Option<bool>("--final") { Description = "Check as `batch --final` would: a 「○」 placeholder, a value fields.yaml marks uncertain and not confirmed, or a prefecture's notice to another prefecture's bodies is an error (exit 1)." };
        var command = new Command("check", "Check a template with its data and recipients: syntax, undefined fields, markup, recipient data. Writes nothing.")
        {
            template, data, templates, recipients, sheet, headerRow, asOf, final,
        };
        command.SetAction(parse =>
        {
            var name = parse.GetRequiredValue(template);
            var generator = CommonOptions.Generator(parse.GetValue(templates));
            var syntax = generator.Renderer.Check(name);
            if (syntax.Count > 0) throw new GeneratorException(syntax);
            var notice = CommonOptions.Notice(parse.GetValue(data), generator, name);
            if (parse.GetValue(recipients) is { } selector)
            {
                var items = BatchItems.From(RecipientArguments.Load(selector, parse.GetValue(sheet), RecipientArguments.DirectoryFor(parse.GetValue(asOf), notice), console.Error, parse.GetValue(headerRow)).Recipients);
                var runner = new BatchRunner(generator, [], new BatchOptions { GlyphCoverage = WriterCatalog.DefaultGlyphCoverage() });
                var documents = runner.Validate(name, notice, items, Path.Combine(Path.GetTempPath(), "generator-check-none"));
                if (parse.GetValue(final)) SendingChecks.ThrowIfNotFinal(generator, name, notice, items, documents);
                console.Out.WriteLine($"{name}: OK ({items.Count} recipients)");
                UncertainFieldNotes.Write(console.Out, generator, name, notice);
                SendingChecks.Warn(console.Out, generator, name, notice, items, documents, withUncertain: false);
                return CliApp.Success;
            }
            var document = generator.Generate(name, notice, identifier: name);
            if (parse.GetValue(final)) SendingChecks.ThrowIfNotFinal(generator, name, notice, [], [document]);
            console.Out.WriteLine($"{name}: OK ({document.Blocks.Length} blocks)");
            UncertainFieldNotes.Write(console.Out, generator, name, notice);
            SendingChecks.Warn(console.Out, generator, name, notice, [], [document], withUncertain: false);
            return CliApp.Success;
        });
        return command;
    }
}
