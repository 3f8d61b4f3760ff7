using System.CommandLine;
using System.Runtime.InteropServices;
using Generator.Batch;
using Generator.Batch.Artifacts;
using Generator.Batch.Attachments;
using Generator.Diagnostics;
using Generator.IO;
using Generator.Cli.Progress;

namespace Generator.Cli.Commands;

/// <summary><c>generator batch</c>: one personalised document per recipient, validated first, written atomically.</summary>
internal static class BatchCommand
{
    public static Command Create(CliConsole console)
    {
        var template = CommonOptions.Template();
        var data = CommonOptions.Data();
        var templates = CommonOptions.Templates();
        var recipients = new Option<string>("--recipients", "-r") { Description = "builtin:all, builtin:prefectures, builtin:designated-cities, builtin:prefecture=北海道, builtin:kind=town,village, builtin:code=…, or a " + RecipientArguments.FileFormatNames + " file.", Required = true };
        var sheet = CommonOptions.Sheet();
        var headerRow = CommonOptions.HeaderRow();
        var asOf = CommonOptions.AsOf();
        var format = new Option<string>("--format", "-f") { Description = $"Output formats, comma-separated: {string.Join(", ", WriterCatalog.DocumentFormats)}.", DefaultValueFactory = _ => "docx,pdf" };
        var output = CommonOptions.OutputFolder("Output folder: new, empty, or made by an earlier batch. A batch replaces only the files an earlier batch wrote there (listed in its manifest.json); it refuses a folder holding anything else, and files edited since (see --overwrite-edited).");
        var overwriteEdited = new Option<bool>("--overwrite-edited") { Description = "Replace generated files in --out that were edited since the last run (otherwise the run stops and names them)." };
        var docxFont = CommonOptions.EastAsianFont();
        var docxLatinFont = CommonOptions.LatinFont();
        var style = CommonOptions.Style();
        var referenceDocx = CommonOptions.ReferenceDocx();
        var font = CommonOptions.Font("TrueType font file for PDF output.");
        var skip = new Option<bool>("--skip-unchanged") { Description = "Reuse files of recipients whose inputs did not change since the last run into --out." };
        var json = new Option<bool>("--json") { Description = "Print progress as JSON lines." };
        var eml = new Option<bool>("--eml") { Description = "Also write e-mail drafts (.eml) with the PDF attached for recipients with an e-mail address." };
        var parallel = CommonOptions.Parallel();
        var enclosures = new Option<string>("--enclosures") { Description = "Where the notice's attachments (別添, 'enclosures' in notice.yaml) go: append (after the recipient's own pages in its PDF) or beside (each as its own PDF next to it).", DefaultValueFactory = _ => "append" };
        enclosures.AcceptOnlyFromAmong("append", "beside");
        var noPrint = new Option<bool>("--no-print") { Description = "Do not make print.pdf, the combined print PDF of all recipients." };
        var final = SendingChecks.Final();

        var command = new Command("batch", "Mail merge: a template and a notice for every recipient → one document per recipient, manifests, print PDF, labels.")
        {
            template, data, templates, recipients, sheet, headerRow, asOf, format, output, font, docxFont, docxLatinFont, style, referenceDocx, skip, json, eml, parallel, noPrint, overwriteEdited, final, enclosures,
        };
        command.SetAction(parse =>
        {
            var formats = WriterCatalog.ParseList(parse.GetValue(format) ?? "docx,pdf", out var problem, documentsOnly: true);
            if (formats is null)
            {
                console.Error.WriteLine($"generator: {problem}");
                return CliApp.UsageError;
            }
            if (parse.GetValue(eml) && !formats.Contains("pdf"))
            {
                console.Error.WriteLine("generator: --eml attaches the PDF: add pdf to --format.");
                return CliApp.UsageError;
            }
            if (formats.Contains("pdf")) RunPreparation.PdfFont(parse.GetValue(font)?.FullName, manyDocuments: true); // while the inputs are read
            RunTimeline.Mark("command line read");
            var name = parse.GetRequiredValue(template);
            var generator = CommonOptions.Generator(parse.GetValue(templates));
            RunPreparation.Template(generator, name);
            RunPreparation.Writers(formats, parse.GetValue(font)?.FullName);
            var notice = CommonOptions.Notice(parse.GetValue(data), generator, name);
            RunTimeline.Mark("notice read");
            var recipientsValue = parse.GetRequiredValue(recipients);
            var items = BatchItems.From(RecipientArguments.Load(recipientsValue, parse.GetValue(sheet), RecipientArguments.DirectoryFor(parse.GetValue(asOf), notice), console.Error, parse.GetValue(headerRow)).Recipients);
            RunTimeline.Mark("recipients read");
            var settings = new WriterSettings(parse.GetValue(font)?.FullName, parse.GetValue(docxFont), parse.GetValue(docxLatinFont),
                CommonOptions.HouseStyle(parse.GetValue(style), parse.GetValue(referenceDocx), notice));
            var writers = formats.Select(f => WriterCatalog.Create(f, settings)).ToList();
            var attachments = NoticeAttachments.Load(notice, generator, new Generator.Pdf.PdfWriter(new Generator.Pdf.PdfWriterOptions { FontPath = settings.FontPath }));
            if (attachments.Count > 0 && !formats.Contains("pdf"))
            {
                console.Error.WriteLine("generator: the notice has attachments (別添), which go into the PDF: add pdf to --format.");
                return CliApp.UsageError;
            }
            var options = new BatchOptions
            {
                SkipUnchanged = parse.GetValue(skip),
                OverwriteEdited = parse.GetValue(overwriteEdited),
                Inputs = InputPaths(generator, recipientsValue, parse.GetValue(data), parse.GetValue(font)),
                WriterSettings = settings.Fingerprint() + NoticeAttachments.Fingerprint(attachments),
                Attachments = attachments,
                AttachmentsBeside = parse.GetValue(enclosures) == "beside",
                Parallelism = parse.GetValue(parallel) ?? Environment.ProcessorCount,
                GlyphCoverage = formats.Contains("pdf") ? WriterCatalog.DefaultGlyphCoverage(settings.FontPath) : null,
                Artifacts = ArtifactCatalog.For(name, formats, settings, new ArtifactChoices { Print = !parse.GetValue(noPrint), Eml = parse.GetValue(eml), WithAttachments = attachments.Count > 0,
                    MailBody = parse.GetValue(eml) ? Generator.Batch.Mail.MailBody.For(generator.Templates is { } source ? Path.Combine(source.Directory, name) : null) : null }, notice),
                DocumentCheck = SendingChecks.ForFinal(parse.GetValue(final), generator, name, notice, items),
                DocumentWarnings = SendingChecks.ForWarnings(generator, name, notice),
            };
            RunTimeline.Mark("writers and checks ready");
            var runner = new BatchRunner(generator, writers, options);
            var outDir = parse.GetRequiredValue(output).FullName;

            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
            Console.CancelKeyPress += onCancel;
            using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; cancel.Cancel(); });
            try
            {
                var started = System.Diagnostics.Stopwatch.StartNew();
                var result = parse.GetValue(json)
                    ? runner.Run(name, notice, items, outDir, new JsonProgress(console.Out), cancel.Token)
                    : console.IsTerminal
                        ? TerminalProgress.Run(p => runner.Run(name, notice, items, outDir, p, cancel.Token))
                        : runner.Run(name, notice, items, outDir, new PlainProgress(console.Out), cancel.Token);
                var files = result.Items.Sum(i => i.Files.Count);
                var reused = result.Items.Count(i => i.Reused);
                console.Out.WriteLine($"{result.Items.Count} recipients, {files} documents{(reused > 0 ? $" ({reused} recipients unchanged, reused)" : "")}, {result.ArtifactFiles.Count} run files in {outDir} ({started.Elapsed.TotalSeconds:0.0} s)");
                if (formats.Contains("pdf") && !result.ArtifactFiles.Contains(Generator.Batch.Artifacts.AddressLabelBatchWriter.FileName))
                    console.Out.WriteLine($"{Generator.Batch.Artifacts.AddressLabelBatchWriter.FileName} not made: no recipient has an address (column address / 住所).");
                SendingChecks.Warn(console.Out, notice, items, result.Warnings);
                return CliApp.Success;
            }
            catch (OperationCanceledException)
            {
                console.Error.WriteLine("generator: interrupted; the output folder was left as it was.");
                return 130;
            }
            catch (Exception e) when (WriteFailure.Is(e))
            {
                console.Error.WriteLine($"generator: error: could not write the output to {outDir}: {WriteFailure.Message(e)} — the output folder was left as it was; check free space and permissions, or choose another folder with --out.");
                return CliApp.InputError;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        });
        return command;
    }

    /// <summary>What the run reads from disk: the recipient file (not a builtin: selector or code), --data, --font, the templates folder.</summary>
    private static List<string> InputPaths(Generator.Pipeline.DocumentGenerator generator, string recipients, FileInfo? data, FileInfo? font)
    {
        var inputs = new List<string>();
        if (File.Exists(recipients)) inputs.Add(Path.GetFullPath(recipients));
        if (data is not null) inputs.Add(data.FullName);
        if (font is not null) inputs.Add(font.FullName);
        if (generator.Templates is { } source) inputs.Add(source.Directory);
        return inputs;
    }
}
