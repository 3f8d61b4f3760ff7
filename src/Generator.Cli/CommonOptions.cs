using System.CommandLine;
using Generator.Diagnostics;
using Generator.Pipeline;
using Generator.Templating;

namespace Generator.Cli;

/// <summary>Options shared by several commands, and the objects they build.</summary>
internal static class CommonOptions
{
    public static Argument<string> Template() => new("template") { Description = "Template name (a folder in templates/, e.g. circular). 'generator templates' lists them." };

    public static Option<FileInfo?> Data() => new("--data", "-d") { Description = "The notice's data file (YAML). Default: templates/<template>/notice.yaml.", CustomParser = OptionParsers.File("--data") };

    /// <summary>--out: the output folder (required); refused at parse time when it names an existing file.</summary>
    public static Option<DirectoryInfo> OutputFolder(string description) => new("--out", "-o") { Description = description, Required = true, CustomParser = OptionParsers.OutputFolder("--out") };

    /// <summary>--font: the TrueType file for PDF output.</summary>
    public static Option<FileInfo?> Font(string description) => new("--font") { Description = description, CustomParser = OptionParsers.File("--font") };

    /// <summary>--parallel: documents generated at once, 1 to <see cref="MaxParallel"/>.</summary>
    public static Option<int?> Parallel() => new("--parallel") { Description = $"Documents generated at once, 1 to {MaxParallel} (default: number of cores).", CustomParser = OptionParsers.WholeNumber("--parallel", 1, MaxParallel) };

    /// <summary>The largest --parallel accepted.</summary>
    public const int MaxParallel = 512;

    public static Option<string?> EastAsianFont() => new("--docx-font") { Description = "East-Asian font name written into DOCX (default ＭＳ 明朝; e.g. 游明朝, IPAex明朝)." };

    public static Option<string?> LatinFont() => new("--docx-latin-font") { Description = "Latin font name written into DOCX (default Century)." };

    public static Option<string?> AsOf() => new("--as-of") { Description = "Look recipients up as on this date (YYYY-MM-DD): names, kinds and codes of local governments as they were then. Default: the notice's date." };

    /// <summary>--header-row: the spreadsheet row of a CSV/XLSX recipient file's column headers (default: found in the first rows).</summary>
    public static Option<int?> HeaderRow() => new("--header-row") { Description = "Row (as Excel numbers it) of the column headers in a CSV/XLSX recipient file (default: the first row with a code or name column among the first 10, title rows above it skipped).", CustomParser = OptionParsers.WholeNumber("--header-row", 1, 1_048_576) };

    public static Option<string?> Sheet() => new("--sheet") { Description = $"Sheet of an {RecipientArguments.SheetFormatNames} recipient file (default: the first sheet)." };

    /// <summary>Loads --data, or the template's own sample notice.yaml when it is not given, and checks it against the template's fields.yaml.</summary>
    /// <exception cref="GeneratorException">There is no template <paramref name="template"/> (checked first, so the error names the template, not its notice.yaml).</exception>
    public static IReadOnlyDictionary<string, object?> Notice(FileInfo? data, DocumentGenerator generator, string template)
    {
        if (generator.Renderer is ScribanTemplateRenderer named && !named.Root.TryResolveTemplate(template, out _, out var problem))
            throw new GeneratorException(problem!);
        var path = data?.FullName;
        if (path is null && generator.Renderer is ScribanTemplateRenderer scriban)
            path = Path.Combine(scriban.Root.Directory, template, "notice.yaml");
        var notice = NoticeFile.Load(path ?? "notice.yaml");
        CheckFields(notice, generator, template, path ?? "notice.yaml");
        return notice;
    }

    /// <summary>Checks a notice against the template's fields.yaml (when it has one): missing required fields, wrong types, at notice.yaml's line.</summary>
    private static void CheckFields(IReadOnlyDictionary<string, object?> notice, DocumentGenerator generator, string template, string path)
    {
        if (generator.Renderer is ScribanTemplateRenderer scriban
            && TemplateFieldSet.LoadIfPresent(scriban.Root, template)?.Validate(notice, path) is { Count: > 0 } problems)
            throw new GeneratorException(problems);
    }

    public static Option<DirectoryInfo?> Templates() => new("--templates") { Description = "The templates folder (default: the nearest templates/ above the current folder, or $GENERATOR_TEMPLATES).", CustomParser = OptionParsers.Folder("--templates") };

    public static DocumentGenerator Generator(DirectoryInfo? templates) =>
        new(new ScribanTemplateRenderer(TemplateRoot.Discover(templates?.FullName)));
}
