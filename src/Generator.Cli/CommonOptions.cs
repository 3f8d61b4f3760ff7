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

    /// <summary>--style: the house style file (style.yaml; see docs/style.md).</summary>
    public static Option<FileInfo?> Style() => new("--style") { Description = "House style file (style.yaml): paper, margins, grid, fonts, title, page numbers, letterhead, seal. Default: the notice's 'style:' key, else the built-in style.", CustomParser = OptionParsers.File("--style") };

    /// <summary>--reference-docx: an office's own Word file to take page setup, fonts and first-page header from.</summary>
    public static Option<FileInfo?> ReferenceDocx() => new("--reference-docx") { Description = "An office's own Word file (.docx): its page setup, grid, fonts, title style and first-page header are used by both DOCX and PDF (a --style file overrides).", CustomParser = OptionParsers.File("--reference-docx") };

    /// <summary>The house style: --reference-docx, then --style or else the notice's <c>style:</c> key (a path relative to notice.yaml).</summary>
    public static global::Generator.Layout.PageLayoutOptions? HouseStyle(FileInfo? style, FileInfo? referenceDocx, IReadOnlyDictionary<string, object?> notice)
    {
        var stylePath = style?.FullName;
        if (stylePath is null && notice is NoticeData data && notice.TryGetValue("style", out var value) && value is string { Length: > 0 } relative)
            stylePath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(data.FileName)) ?? ".", relative);
        return stylePath is null && referenceDocx is null ? null : global::Generator.HouseStyle.HouseStyleResolver.Resolve(stylePath, referenceDocx?.FullName);
    }

    public static Option<string?> AsOf() => new("--as-of") { Description = "Look recipients up as on this date (YYYY-MM-DD): names, kinds and codes of local governments as they were then. Default: the notice's date." };

    /// <summary>--header-row: the spreadsheet row of a CSV/XLSX recipient file's column headers (default: found in the first rows).</summary>
    public static Option<int?> HeaderRow() => new("--header-row") { Description = "Row (as Excel numbers it) of the column headers in a CSV/XLSX recipient file (default: the first row with a code or name column among the first 10, title rows above it skipped).", CustomParser = OptionParsers.WholeNumber("--header-row", 1, 1_048_576) };

    public static Option<string?> Sheet() => new("--sheet") { Description = $"Sheet of an {RecipientArguments.SheetFormatNames} recipient file (default: the first sheet)." };

    /// <summary>Loads --data, or the template's own sample notice.yaml when it is not given, and checks it against the template's fields.yaml (<see cref="NoticeLoader"/>).</summary>
    /// <exception cref="GeneratorException">There is no template <paramref name="template"/>, or the notice has problems.</exception>
    public static IReadOnlyDictionary<string, object?> Notice(FileInfo? data, DocumentGenerator generator, string template) =>
        NoticeLoader.Load(data?.FullName, generator, template);

    public static Option<DirectoryInfo?> Templates() => new("--templates") { Description = "The templates folder (default: the nearest templates/ above the current folder, or $GENERATOR_TEMPLATES).", CustomParser = OptionParsers.Folder("--templates") };

    public static DocumentGenerator Generator(DirectoryInfo? templates) =>
        new(new ScribanTemplateRenderer(TemplateRoot.Discover(templates?.FullName)));
}
