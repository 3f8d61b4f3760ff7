using System.CommandLine;
using Generator.Pipeline;
using Generator.Templating;

namespace Generator.Cli;

/// <summary>Options shared by several commands, and the objects they build.</summary>
internal static class CommonOptions
{
    public static Argument<string> Template() => new("template") { Description = "Template name (a folder in templates/, e.g. circular). 'generator templates' lists them." };

    public static Option<FileInfo> Data() => new("--data", "-d") { Description = "The notice's data file (YAML), e.g. templates/circular/notice.yaml.", Required = true };

    public static Option<DirectoryInfo?> Templates() => new("--templates") { Description = "The templates folder (default: the nearest templates/ above the current folder, or $GENERATOR_TEMPLATES)." };

    public static DocumentGenerator Generator(DirectoryInfo? templates) =>
        new(new ScribanTemplateRenderer(TemplateRoot.Discover(templates?.FullName)));
}
