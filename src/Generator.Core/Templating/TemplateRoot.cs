using Generator.Diagnostics;

namespace Generator.Templating;

/// <summary>The <c>templates/</c> folder: resolves template and partial names to files inside it, never outside.</summary>
public sealed class TemplateRoot : ITemplateSource
{
    /// <summary>File name of a template's main file inside <c>templates/&lt;name&gt;/</c>.</summary>
    public const string MainFileName = "template.sbn";

    /// <summary>Extension added to include names given without one.</summary>
    public const string Extension = ".sbn";

    /// <summary>Opens the folder at <paramref name="directory"/>.</summary>
    public TemplateRoot(string directory)
    {
        Directory = Path.GetFullPath(directory);
        if (!System.IO.Directory.Exists(Directory))
            throw new DirectoryNotFoundException($"Template folder not found: {Directory}");
        realDirectory = RealPath.Of(Directory);
    }

    private readonly string realDirectory;

    /// <summary>Absolute path of the folder.</summary>
    public string Directory { get; }

    /// <summary>Finds <c>templates/</c>: $GENERATOR_TEMPLATES, else the nearest folder named templates above the current directory or the program.</summary>
    public static TemplateRoot Discover(string? explicitDirectory = null)
    {
        if (!string.IsNullOrEmpty(explicitDirectory)) return new TemplateRoot(explicitDirectory);
        var fromEnvironment = Environment.GetEnvironmentVariable("GENERATOR_TEMPLATES");
        if (!string.IsNullOrEmpty(fromEnvironment)) return new TemplateRoot(fromEnvironment);
        foreach (var start in new[] { System.IO.Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "templates");
                if (System.IO.Directory.Exists(Path.Combine(candidate, "partials")) || File.Exists(Path.Combine(candidate, "circular", MainFileName)))
                    return new TemplateRoot(candidate);
            }
        }
        throw new DirectoryNotFoundException("No templates/ folder found above the current directory. Run from the project folder or pass --templates <dir>.");
    }

    /// <summary>The relative path (forward slashes) of a template's main file, e.g. <c>circular/template.sbn</c>.</summary>
    public string MainFileOf(string templateName) => $"{templateName.Trim('/')}/{MainFileName}";

    /// <summary>Names of the templates (folders holding a template.sbn), sorted.</summary>
    public IReadOnlyList<string> TemplateNames() =>
        System.IO.Directory.EnumerateDirectories(Directory)
            .Where(d => File.Exists(Path.Combine(d, MainFileName)))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Resolves an include or template name to a path relative to the folder; false with a reason when it would leave it.</summary>
    public bool TryResolve(string name, out string relativePath, out string problem)
    {
        relativePath = "";
        problem = "";
        if (string.IsNullOrWhiteSpace(name))
        {
            problem = "the name is empty";
            return false;
        }
        var normalized = name.Replace('\\', '/');
        if (normalized.StartsWith('/') || Path.IsPathRooted(name) || (normalized.Length > 1 && normalized[1] == ':'))
        {
            problem = "absolute paths are not allowed; name a file inside templates/, e.g. 'partials/legal-basis'";
            return false;
        }
        if (normalized.Split('/').Any(part => part == ".."))
        {
            problem = "'..' is not allowed; includes stay inside templates/";
            return false;
        }
        if (!Path.HasExtension(normalized)) normalized += Extension;
        var full = Path.GetFullPath(Path.Combine(Directory, normalized));
        if (!full.StartsWith(Directory + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            problem = "the path leaves templates/";
            return false;
        }
        if (!File.Exists(full))
        {
            problem = $"no file templates/{normalized}";
            return false;
        }
        if (LeavesThroughLink(normalized) is { } link)
        {
            problem = link;
            return false;
        }
        relativePath = Path.GetRelativePath(Directory, full).Replace('\\', '/');
        return true;
    }

    /// <summary>Resolves a template name (a folder of templates/ holding template.sbn) to its main file; false with a
    /// diagnostic when there is no such template or its file lies outside the folder through a link.</summary>
    public bool TryResolveTemplate(string templateName, out string relativePath, out Diagnostic? problem)
    {
        relativePath = "";
        problem = null;
        var main = MainFileOf(templateName);
        var plainName = templateName.Length > 0 && templateName.IndexOfAny(['/', '\\']) < 0 && templateName is not ("." or "..");
        if (!plainName || !File.Exists(Path.Combine(Directory, main)))
        {
            problem = UnknownTemplate(templateName);
            return false;
        }
        if (!TryResolve(main, out relativePath, out var reason))
        {
            problem = new Diagnostic($"templates/{main}", 0, 0, $"Template '{templateName}' cannot be used: {reason}.",
                "Or pass --templates with the folder the link points into.");
            return false;
        }
        return true;
    }

    /// <summary>The error for a template name that does not exist, with the closest known name when one is near.</summary>
    private Diagnostic UnknownTemplate(string templateName)
    {
        var names = TemplateNames();
        var close = TemplateNameSuggestion.Closest(templateName, names);
        var hint = (close is null ? "" : $"Did you mean '{close}'? ")
            + (names.Count > 0 ? $"Known templates: {string.Join(", ", names)}. " : "")
            + "'generator templates' lists them.";
        return new Diagnostic(Directory, 0, 0, $"No template named '{templateName}' in this templates folder.", hint);
    }

    /// <summary>When a link along <paramref name="relativePath"/> leads outside the folder, says which; else null.</summary>
    private string? LeavesThroughLink(string relativePath)
    {
        var real = RealPath.Of(Path.Combine(Directory, relativePath));
        if (real.StartsWith(realDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        var current = Directory;
        foreach (var part in relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            if (new FileInfo(current).LinkTarget is { } target)
            {
                var shown = Path.GetRelativePath(Directory, current).Replace('\\', '/');
                return $"templates/{shown} is a link to {Path.GetFullPath(target, Path.GetDirectoryName(current)!)}, outside the templates folder; "
                    + "copy what it points to into templates/ instead of linking to it";
            }
        }
        return $"templates/{relativePath} is really {real}, outside the templates folder";
    }

    /// <summary>Reads a file given by its relative path.</summary>
    public string ReadText(string relativePath) => File.ReadAllText(Path.Combine(Directory, relativePath));

    /// <summary>The first paragraph of <c>templates/&lt;name&gt;/README.md</c> after its heading: the one-line description.</summary>
    public string DescriptionOf(string templateName)
    {
        var readme = Path.Combine(Directory, templateName, "README.md");
        if (!File.Exists(readme)) return "";
        foreach (var line in File.ReadLines(readme))
        {
            var t = line.Trim();
            if (t.Length == 0 || t.StartsWith('#')) continue;
            return t;
        }
        return "";
    }

    /// <inheritdoc />
    public string SampleNoticePath(string templateName) => Path.Combine(Directory, templateName, NoticeFileName);

    /// <inheritdoc />
    public TemplateFieldSet? FieldsOf(string templateName) => TemplateFieldSet.LoadIfPresent(this, templateName);

    /// <summary>File name of a template's sample notice data.</summary>
    public const string NoticeFileName = "notice.yaml";
}
