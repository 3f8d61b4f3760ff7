using System.CommandLine;
using System.Text;
using Generator.Batch;
using Generator.Diagnostics;
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
        var output = CommonOptions.OutputFolder("Output folder (created if missing).");
        var docxFont = CommonOptions.EastAsianFont();
        var docxLatinFont = CommonOptions.LatinFont();
        var style = CommonOptions.Style();
        var referenceDocx = CommonOptions.ReferenceDocx();
        var font = CommonOptions.Font("TrueType font file for PDF output (default: IPAex明朝 from the system's font folders).");
        var recipientOption = new Option<string?>("--recipient", "-r") { Description = "One recipient: a local-government code (011002), builtin:code=…, or a one-row " + RecipientArguments.FileFormatNames + " file." };
        var sheet = CommonOptions.Sheet();
        var headerRow = CommonOptions.HeaderRow();
        var asOf = CommonOptions.AsOf();

        var command = new Command("render", "Render one document: template + notice data → txt, docx, pdf.")
        {
            template, data, templates, format, output, font, docxFont, docxLatinFont, style, referenceDocx, recipientOption, sheet, headerRow, asOf,
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
            if (formats.Contains("pdf")) RunPreparation.PdfFont(parse.GetValue(font)?.FullName, manyDocuments: false); // while the inputs are read
            var generator = CommonOptions.Generator(parse.GetValue(templates));
            RunPreparation.Template(generator, name);
            var notice = CommonOptions.Notice(parse.GetValue(data), generator, name);
            Dictionary<string, object?>? fields = null;
            string? label = null;
            var stem = name;
            if (parse.GetValue(recipientOption) is { } recipientValue)
            {
                var set = RecipientArguments.Load(recipientValue, parse.GetValue(sheet), RecipientArguments.DirectoryFor(parse.GetValue(asOf), notice), console.Error, parse.GetValue(headerRow));
                if (set.Recipients.Length != 1)
                {
                    console.Error.WriteLine($"generator: --recipient '{recipientValue}' gives {set.Recipients.Length} recipients; render takes one (use 'generator batch' for several).");
                    return CliApp.UsageError;
                }
                var item = BatchItems.From(set.Recipients)[0];
                (fields, label, stem) = (BatchItems.FieldsOf(set.Recipients[0]), item.Label, item.FileStem);
            }
            var outDir = parse.GetRequiredValue(output).FullName;
            if (File.Exists(outDir))
                throw new GeneratorException(new Diagnostic(outDir, 0, 0, "--out names a file, not a folder.", "Choose a folder with --out (a new one is created)."));
            var settings = new WriterSettings(parse.GetValue(font)?.FullName, parse.GetValue(docxFont), parse.GetValue(docxLatinFont),
                CommonOptions.HouseStyle(parse.GetValue(style), parse.GetValue(referenceDocx), notice));

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
            // all formats or none: a failure (full disk, a folder in the way) leaves every output as it was
            try
            {
                AtomicFileSet.Write(files);
            }
            catch (Exception e) when (WriteFailure.Is(e))
            {
                console.Error.WriteLine($"generator: error: could not write the output to {outDir}: {WriteFailure.Message(e)} — no file was written or changed; check free space and permissions, or choose another folder with --out.");
                return CliApp.InputError;
            }
            foreach (var (path, _) in files) console.Out.WriteLine(path);
            return CliApp.Success;
        });
        return command;
    }
}
