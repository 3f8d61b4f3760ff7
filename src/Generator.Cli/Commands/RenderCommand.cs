using System.CommandLine;
using System.Text;
using Generator.IO;

namespace Generator.Cli.Commands;

/// <summary><c>generator render</c>: one document from a template and a notice, in one or more formats.</summary>
internal static class RenderCommand
{
    public static Command Create(CliConsole console)
    {
        var template = CommonOptions.Template();
        var data = CommonOptions.Data();
        var templates = CommonOptions.Templates();
        var format = new Option<string>("--format", "-f") { Description = $"Output formats, comma-separated: {string.Join(", ", WriterCatalog.Names)}.", DefaultValueFactory = _ => "txt" };
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Output folder (created if missing).", Required = true };
        var docxFont = CommonOptions.EastAsianFont();
        var docxLatinFont = CommonOptions.LatinFont();
        var font = new Option<FileInfo?>("--font") { Description = "TrueType font file for PDF output (default: IPAex明朝 from the system's font folders)." };
        var recipientOption = new Option<string?>("--recipient", "-r") { Description = "One recipient: a local-government code (011002), builtin:code=…, or a one-row CSV/XLSX/JSON/YAML file." };
        var sheet = CommonOptions.Sheet();

        var command = new Command("render", "Render one document: template + notice data → txt, docx, pdf.")
        {
            template, data, templates, format, output, font, docxFont, docxLatinFont, recipientOption, sheet,
        };
        command.SetAction(parse =>
        {
            var formats = WriterCatalog.ParseList(parse.GetValue(format) ?? "txt", out var problem);
            if (formats is null)
            {
                console.Error.WriteLine($"generator: {problem}");
                return CliApp.UsageError;
            }
            var name = parse.GetRequiredValue(template);
            var generator = CommonOptions.Generator(parse.GetValue(templates));
            var notice = CommonOptions.Notice(parse.GetValue(data), generator, name);
            Dictionary<string, object?>? fields = null;
            string? label = null;
            var stem = name;
            if (parse.GetValue(recipientOption) is { } recipientValue)
            {
                var set = RecipientArguments.Load(recipientValue, parse.GetValue(sheet), console.Error);
                if (set.Recipients.Length != 1)
                {
                    console.Error.WriteLine($"generator: --recipient '{recipientValue}' gives {set.Recipients.Length} recipients; render takes one (use 'generator batch' for several).");
                    return CliApp.UsageError;
                }
                var item = RecipientArguments.ToItems(set.Recipients)[0];
                (fields, label, stem) = (RecipientArguments.Fields(set.Recipients[0]), item.Label, item.FileStem);
            }
            var outDir = parse.GetRequiredValue(output).FullName;
            var settings = new WriterSettings(parse.GetValue(font)?.FullName, parse.GetValue(docxFont), parse.GetValue(docxLatinFont));

            // generate everything in memory first: a failure leaves the output folder as it was
            var files = new List<(string Path, byte[] Bytes)>();
            if (formats.Contains("markup"))
                files.Add((Path.Combine(outDir, $"{stem}.markup.txt"), Encoding.UTF8.GetBytes(generator.RenderMarkup(name, notice, fields, label).Markup)));
            var documentFormats = formats.Where(f => f != "markup").ToList();
            if (documentFormats.Count > 0)
            {
                var document = generator.Generate(name, notice, fields, label, identifier: $"{name}:{stem}");
                foreach (var f in documentFormats)
                {
                    var writer = WriterCatalog.Create(f, settings);
                    using var buffer = new MemoryStream();
                    writer.Write(document, buffer);
                    files.Add((Path.Combine(outDir, $"{stem}.{writer.Extension}"), buffer.ToArray()));
                }
            }
            foreach (var (path, bytes) in files)
            {
                AtomicFile.Write(path, s => s.Write(bytes));
                console.Out.WriteLine(path);
            }
            return CliApp.Success;
        });
        return command;
    }
}
