using System.CommandLine;
using Generator.Diagnostics;
using Generator.Pipeline;
using Generator.Templating;

namespace Generator.Cli;

/// <summary>Options shared by several commands, and the objects they build.</summary>
internal static class CommonOptions
{
    public static Argument<string> Template() => new("template") { Description = "Template name (a folder in templates/, e.g. circular). 'generator templates' lists them." };

    public static Option<FileInfo?> Data() => new("--data", "-d") { Description = "The notice's data file (YAML). Default: templates/<template>/notice.yaml." };

    public static Option<string?> EastAsianFont() => new("--docx-font") { Description = "East-Asian font name written into DOCX (default ＭＳ 明朝; e.g. 游明朝, IPAex明朝)." };

    public static Option<string?> LatinFont() => new("--docx-latin-font") { Description = "Latin font name written into DOCX (default Century)." };

    public static Option<string?> Sheet() => new("--sheet") { Description = "Sheet of an XLSX recipient file (default: the first sheet)." };

    /// <summary>Loads --data, or the template's own sample notice.yaml when it is not given, and checks it against the template's fields.yaml.</summary>
    public static IReadOnlyDictionary<string, object?> Notice(FileInfo? data, DocumentGenerator generator, string template)
    {
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

    public static Option<DirectoryInfo?> Templates() => new("--templates") { Description = "The templates folder (default: the nearest templates/ above the current folder, or $GENERATOR_TEMPLATES)." };

    public static DocumentGenerator Generator(DirectoryInfo? templates) =>
        new(new ScribanTemplateRenderer(TemplateRoot.Discover(templates?.FullName)));
}
