using Generator.Diagnostics;

namespace Generator.Templating;

/// <summary>
/// The inputs a template reads from notice.yaml, declared in <c>templates/&lt;name&gt;/fields.yaml</c> (項目定義).
/// The studio builds its form from it; <c>check</c>/<c>render</c> validate notice.yaml against it.
/// </summary>
/// <param name="Template">The template's name (its folder under <c>templates/</c>).</param>
/// <param name="Fields">The fields, in the order declared (the form's order).</param>
public sealed record TemplateFieldSet(string Template, IReadOnlyList<TemplateField> Fields)
{
    /// <summary>File name of the declaration inside <c>templates/&lt;name&gt;/</c>.</summary>
    public const string FileName = "fields.yaml";

    /// <summary>The one-line description of the template (<c>description:</c>); null when not given.</summary>
    public string? Description { get; init; }

    /// <summary>Whether <paramref name="templateDirectory"/> holds a fields.yaml.</summary>
    public static bool Exists(string templateDirectory) => File.Exists(Path.Combine(templateDirectory, FileName));

    /// <summary>Loads the declaration of template <paramref name="templateName"/> in <paramref name="root"/>; null when the template is unknown or has no fields.yaml.</summary>
    /// <exception cref="GeneratorException">The fields.yaml has mistakes.</exception>
    public static TemplateFieldSet? LoadIfPresent(TemplateRoot root, string templateName)
    {
        if (!root.TryResolve(root.MainFileOf(templateName), out var main, out _)) return null;
        var directory = Path.GetDirectoryName(Path.Combine(root.Directory, main))!;
        return Exists(directory) ? Load(directory) : null;
    }

    /// <summary>Loads <c>fields.yaml</c> from <paramref name="templateDirectory"/> (e.g. templates/circular).</summary>
    /// <exception cref="GeneratorException">The file is missing or has mistakes; every mistake with fields.yaml's line and column.</exception>
    public static TemplateFieldSet Load(string templateDirectory)
    {
        var template = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(templateDirectory)));
        var path = Path.Combine(templateDirectory, FileName);
        if (!File.Exists(path))
            throw new GeneratorException(new Diagnostic(path, 0, 0, $"Template '{template}' has no {FileName}.",
                "Declare the fields the template reads (key, label, type, required) as in templates/circular/fields.yaml."));
        var root = Path.GetDirectoryName(Path.GetFullPath(templateDirectory))!;
        var (description, fields) = TemplateFieldsReader.Parse(File.ReadAllText(path), path, name => ReadInclude(root, templateDirectory, name));
        return new TemplateFieldSet(template, fields) { Description = description };
    }

    /// <summary>An included declaration (a path relative to <c>templates/</c>), kept inside that folder; null when there is none.</summary>
    private static (string Yaml, string FileName)? ReadInclude(string root, string templateDirectory, string name)
    {
        var normalized = name.Replace('\\', '/');
        if (Path.IsPathRooted(normalized) || normalized.Split('/').Contains("..")) return null;
        var full = Path.GetFullPath(Path.Combine(root, normalized));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full)) return null;
        var shown = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(templateDirectory));
        return (File.ReadAllText(full), string.IsNullOrEmpty(shown) ? normalized : Path.Combine(shown, normalized));
    }

    /// <summary>Parses the text of a fields.yaml; <paramref name="fileName"/> names it in messages.</summary>
    /// <exception cref="GeneratorException">Every mistake, with line and column.</exception>
    public static TemplateFieldSet Parse(string yaml, string template, string fileName)
    {
        var (description, fields) = TemplateFieldsReader.Parse(yaml, fileName);
        return new TemplateFieldSet(template, fields) { Description = description };
    }

    /// <summary>The field declared with <paramref name="key"/>; null when none.</summary>
    public TemplateField? Find(string key) => Fields.FirstOrDefault(f => f.Key == key);

    /// <summary>
    /// Checks <paramref name="notice"/> (as NoticeFile loads it): a missing or empty required field, a value of the wrong
    /// type (a list where text is expected, a bad date, a non-integer, a value not among the choices). Each problem names
    /// the field's label and, when <paramref name="noticeFileName"/> is a readable YAML file, its line and column.
    /// </summary>
    public IReadOnlyList<Diagnostic> Validate(IReadOnlyDictionary<string, object?> notice, string noticeFileName) =>
        Validate(notice, noticeFileName, YamlKeyPositions.ReadFile(noticeFileName));

    /// <summary>As <see cref="Validate(IReadOnlyDictionary{string, object?}, string)"/>, with the positions given (e.g. read from text being edited).</summary>
    public IReadOnlyList<Diagnostic> Validate(IReadOnlyDictionary<string, object?> notice, string noticeFileName, YamlKeyPositions positions) =>
        new NoticeFieldValidator(Template, noticeFileName, positions).Validate(Fields, notice);

    /// <summary>The fields marked <c>uncertain</c> that <paramref name="notice"/> gives a value, with that value (confirm before sending).</summary>
    public IReadOnlyList<(TemplateField Field, object Value)> UncertainValues(IReadOnlyDictionary<string, object?> notice)
    {
        var result = new List<(TemplateField, object)>();
        foreach (var field in Fields.Where(f => f.Uncertain))
        {
            object? value = notice;
            foreach (var part in field.Path)
                value = value is IReadOnlyDictionary<string, object?> map && map.TryGetValue(part, out var inner) ? inner : null;
            if (value is not null) result.Add((field, value));
        }
        return result;
    }

    /// <summary>
    /// A notice built only from the declared examples, nested by the dotted keys, shaped as NoticeFile loads notice.yaml
    /// (strings, lists, mappings); a field without an example is present with the value null (as <c>key: ~</c>).
    /// </summary>
    public IReadOnlyDictionary<string, object?> ExampleNotice()
    {
        var root = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            var map = root;
            var path = field.Path;
            for (var i = 0; i < path.Count - 1; i++)
            {
                if (!map.TryGetValue(path[i], out var inner) || inner is not Dictionary<string, object?> next)
                    map[path[i]] = next = new Dictionary<string, object?>(StringComparer.Ordinal);
                map = next;
            }
            map[path[^1]] = Copy(field.Example);
        }
        return root;
    }

    private static object? Copy(object? example) => example switch
    {
        IReadOnlyList<string> list => list.Cast<object?>().ToList(),
        IReadOnlyList<IReadOnlyDictionary<string, object?>> rows => rows.Select(r => (object?)new Dictionary<string, object?>(r, StringComparer.Ordinal)).ToList(),
        _ => example,
    };
}
