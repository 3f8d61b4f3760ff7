using Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Generator.Templating;

/// <summary>
/// Reads <c>templates/&lt;name&gt;/fields.yaml</c> with YamlDotNet's representation model, reporting every mistake at its
/// file, line and column. <c>include:</c> names shared declarations inside <c>templates/</c> (e.g. the legal facts that
/// several templates read), whose fields follow the template's own.
/// </summary>
internal sealed class TemplateFieldsReader
{
    private readonly List<Diagnostic> problems = [];
    private readonly List<(TemplateField Field, FieldsYamlNodes File, Mark At)> declared = [];
    private readonly Func<string, (string Yaml, string FileName)?>? resolveInclude;

    private TemplateFieldsReader(Func<string, (string Yaml, string FileName)?>? resolveInclude) => this.resolveInclude = resolveInclude;

    /// <summary>
    /// Parses <paramref name="yaml"/>; <paramref name="fileName"/> names the file in messages. <paramref name="resolveInclude"/>
    /// gives the text and file name of an included declaration by its name (null: no such file); null allows no includes.
    /// </summary>
    /// <exception cref="GeneratorException">Every problem found, with line and column.</exception>
    public static (string? Description, IReadOnlyList<TemplateField> Fields) Parse(string yaml, string fileName, Func<string, (string Yaml, string FileName)?>? resolveInclude = null)
    {
        var reader = new TemplateFieldsReader(resolveInclude);
        var description = reader.ReadDocument(yaml, new FieldsYamlNodes(fileName, reader.problems), top: true);
        reader.CheckKeys();
        if (reader.problems.Count > 0) throw new GeneratorException(reader.problems);
        return (description, reader.declared.Select(d => d.Field).ToList());
    }

    private string? ReadDocument(string yaml, FieldsYamlNodes file, bool top)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            file.Problem(e.Start, $"Not valid YAML: {e.InnerException?.Message ?? e.Message}", "Check indentation and quoting at this place.");
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            file.Problem(default, "A fields declaration must be a mapping with 'fields:' (a list of fields).", "Start the file with 'description: …' and 'fields:'.");
            return null;
        }
        string? description = null;
        YamlNode? list = null;
        YamlNode? includes = null;
        foreach (var (keyNode, value) in root.Children)
        {
            switch (FieldsYamlNodes.Name(keyNode))
            {
                case "description" when top:
                    description = file.Scalar(value, "description");
                    break;
                case "include" when top && resolveInclude is not null:
                    includes = value;
                    break;
                case "fields":
                    list = value;
                    break;
                default:
                    file.Problem(keyNode.Start, $"Unknown entry '{FieldsYamlNodes.Name(keyNode)}'.",
                        top ? "fields.yaml holds only 'description', 'include' and 'fields'." : "An included declaration holds only 'fields'.");
                    break;
            }
        }
        ReadFields(list, root, file);
        if (includes is not null) ReadIncludes(includes, file);
        return description;
    }

    private void ReadFields(YamlNode? list, YamlMappingNode root, FieldsYamlNodes file)
    {
        if (list is null)
        {
            file.Problem(root.Start, "The declaration has no 'fields:' list.", "Add 'fields:' with one item per field the template reads.");
            return;
        }
        if (list is not YamlSequenceNode sequence)
        {
            file.Problem(list.Start, "'fields' must be a list of fields (each item starting with '- key:').", null);
            return;
        }
        var reader = new FieldEntryReader(file);
        foreach (var item in sequence.Children)
        {
            if (reader.ReadField(item, column: false) is { } field) declared.Add((field, file, item.Start));
        }
    }

    private void ReadIncludes(YamlNode node, FieldsYamlNodes file)
    {
        var names = node is YamlSequenceNode sequence ? sequence.Children : [node];
        foreach (var nameNode in names)
        {
            if (file.Scalar(nameNode, "include") is not { } name) continue;
            if (resolveInclude!(name) is not { } included)
            {
                file.Problem(nameNode.Start, $"No declaration file templates/{name}.", "Name a file inside templates/, e.g. partials/fields/legal-basis.yaml.");
                continue;
            }
            ReadDocument(included.Yaml, new FieldsYamlNodes(included.FileName, problems), top: false);
        }
    }

    private void CheckKeys()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (field, file, at) in declared)
        {
            if (!seen.Add(field.Key))
                file.Problem(at, $"Field '{field.Key}' is declared twice.", "Keep one declaration per key (an included file's fields count too).");
            if (declared.FirstOrDefault(d => d.Field.Key.StartsWith(field.Key + ".", StringComparison.Ordinal)).Field is { } inner)
                file.Problem(at, $"Field '{field.Key}' is a single value, but '{inner.Key}' nests inside it.", $"Declare only the nested fields ({field.Key}.…), not '{field.Key}' itself.");
        }
    }
}
