using System.Text.RegularExpressions;
using Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Generator.Templating;

/// <summary>Reads <c>templates/&lt;name&gt;/fields.yaml</c> with YamlDotNet's representation model, reporting every mistake at its line and column.</summary>
internal sealed partial class TemplateFieldsReader
{
    private static readonly string[] Properties = ["key", "label", "type", "required", "help", "example", "choices", "group", "uncertain"];

    private readonly string fileName;
    private readonly List<Diagnostic> problems = [];

    private TemplateFieldsReader(string fileName) => this.fileName = fileName;

    /// <summary>Parses <paramref name="yaml"/>; <paramref name="fileName"/> names the file in messages.</summary>
    /// <exception cref="GeneratorException">Every problem found, with line and column.</exception>
    public static (string? Description, IReadOnlyList<TemplateField> Fields) Parse(string yaml, string fileName)
    {
        var reader = new TemplateFieldsReader(fileName);
        var result = reader.ReadDocument(yaml);
        if (reader.problems.Count > 0) throw new GeneratorException(reader.problems);
        return result;
    }

    private (string?, IReadOnlyList<TemplateField>) ReadDocument(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            Problem(e.Start, $"Not valid YAML: {e.InnerException?.Message ?? e.Message}", "Check indentation and quoting at this place.");
            return (null, []);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Problem(default, "fields.yaml must be a mapping with 'fields:' (a list of fields).", "Start the file with 'description: …' and 'fields:'.");
            return (null, []);
        }
        string? description = null;
        YamlSequenceNode? list = null;
        foreach (var (keyNode, value) in root.Children)
        {
            switch (Name(keyNode))
            {
                case "description":
                    description = Scalar(value, "description");
                    break;
                case "fields":
                    list = value as YamlSequenceNode;
                    if (list is null) Problem(value.Start, "'fields' must be a list of fields (each item starting with '- key:').", null);
                    break;
                default:
                    Problem(keyNode.Start, $"Unknown entry '{Name(keyNode)}'.", "fields.yaml holds only 'description' and 'fields'.");
                    break;
            }
        }
        if (list is null)
        {
            if (!root.Children.Keys.Any(k => Name(k) == "fields")) Problem(root.Start, "fields.yaml has no 'fields:' list.", "Add 'fields:' with one item per field the template reads.");
            return (description, []);
        }
        var fields = new List<TemplateField>();
        foreach (var item in list.Children)
        {
            if (ReadField(item) is { } field) fields.Add(field);
        }
        CheckKeys(fields, list);
        return (description, fields);
    }

    private TemplateField? ReadField(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            Problem(node.Start, "Each field must be a mapping (key, label, type, …).", "Write '- key: …' followed by 'label:' and 'type:' lines.");
            return null;
        }
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var name = Name(keyNode);
            if (Array.IndexOf(Properties, name) < 0)
                Problem(keyNode.Start, $"Unknown field property '{name}'.", $"Use only: {string.Join(", ", Properties)}.");
            else values[name] = value;
        }
        var key = Required(values, "key", map);
        var label = Required(values, "label", map);
        var typeName = Required(values, "type", map);
        if (key is not null && !KeyPattern().IsMatch(key))
        {
            Problem(values["key"].Start, $"'{key}' is not a field key.", "Use lower-case letters, digits and '_', nested with dots: sender.body.");
            key = null;
        }
        TemplateFieldType type = default;
        if (typeName is not null && !TemplateFieldTypes.TryParse(typeName, out type))
        {
            Problem(values["type"].Start, $"Unknown type '{typeName}'.", $"Use one of: {TemplateFieldTypes.Names}.");
            typeName = null;
        }
        var required = Flag(values, "required");
        var uncertain = Flag(values, "uncertain");
        var help = values.TryGetValue("help", out var h) ? Scalar(h, "help") : null;
        var group = values.TryGetValue("group", out var g) ? Scalar(g, "group") : null;
        var choices = values.TryGetValue("choices", out var c) ? Strings(c, "choices") : [];
        if (key is null || label is null || typeName is null) return null;
        if (type == TemplateFieldType.Choice && choices.Count == 0)
            Problem(map.Start, $"Field '{key}' has type choice but no choices.", "Add 'choices: [通知, 周知, 依頼]'.");
        if (type != TemplateFieldType.Choice && values.TryGetValue("choices", out var extra))
            Problem(extra.Start, $"Field '{key}' has choices but type {typeName}.", "Give choices only with 'type: choice'.");
        var example = values.TryGetValue("example", out var e) ? Example(e, key, type, choices) : null;
        return new TemplateField(key, label, type, required, help, example, choices, group, uncertain);
    }

    private object? Example(YamlNode node, string key, TemplateFieldType type, IReadOnlyList<string> choices)
    {
        if (type == TemplateFieldType.List)
        {
            if (node is YamlSequenceNode) return Strings(node, "example");
            Problem(node.Start, $"The example of list field '{key}' must be a list.", "Write 'example: [一つ目, 二つ目]'.");
            return null;
        }
        var text = Scalar(node, "example");
        if (text is null) return null;
        var problem = TemplateFieldValue.ProblemOf(type, text, choices);
        if (problem is not null) Problem(node.Start, $"The example of field '{key}' {problem}.", "Give an example of the declared type.");
        return text;
    }

    private void CheckKeys(List<TemplateField> fields, YamlSequenceNode list)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (!seen.Add(field.Key))
                Problem(list.Start, $"Field '{field.Key}' is declared twice.", "Keep one declaration per key.");
        }
        foreach (var field in fields)
        {
            if (fields.FirstOrDefault(f => f.Key.StartsWith(field.Key + ".", StringComparison.Ordinal)) is { } inner)
                Problem(list.Start, $"Field '{field.Key}' is a value, but '{inner.Key}' nests inside it.", $"Declare only the nested fields ({field.Key}.…), not '{field.Key}' itself.");
        }
    }

    private string? Required(Dictionary<string, YamlNode> values, string name, YamlNode owner)
    {
        if (values.TryGetValue(name, out var node)) return Scalar(node, name) is { Length: > 0 } text ? text : Missing(node, name);
        return Missing(owner, name);
    }

    private string? Missing(YamlNode node, string name)
    {
        Problem(node.Start, $"A field has no '{name}'.", "Every field needs key, label and type.");
        return null;
    }

    private bool Flag(Dictionary<string, YamlNode> values, string name)
    {
        if (!values.TryGetValue(name, out var node)) return false;
        switch (Scalar(node, name))
        {
            case "true": return true;
            case "false": return false;
            default:
                Problem(node.Start, $"'{name}' must be true or false.", null);
                return false;
        }
    }

    private string? Scalar(YamlNode node, string name)
    {
        if (node is YamlScalarNode scalar) return IsNull(scalar) ? null : scalar.Value;
        Problem(node.Start, $"'{name}' must be a single value, not a list or mapping.", null);
        return null;
    }

    private IReadOnlyList<string> Strings(YamlNode node, string name)
    {
        if (node is not YamlSequenceNode sequence)
        {
            Problem(node.Start, $"'{name}' must be a list, e.g. [一つ目, 二つ目].", null);
            return [];
        }
        var result = new List<string>();
        foreach (var item in sequence.Children)
        {
            if (Scalar(item, name) is { } text) result.Add(text);
        }
        return result;
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null";

    private static string Name(YamlNode node) => node is YamlScalarNode { Value: { } v } ? v : node.ToString();

    private void Problem(Mark at, string message, string? hint) =>
        problems.Add(new Diagnostic(fileName, (int)at.Line, (int)at.Column, message, hint));

    [GeneratedRegex(@"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
