using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Generator.Templating;

/// <summary>Reads one item of a fields.yaml's <c>fields:</c> list (or of a table's <c>columns:</c>) into a <see cref="TemplateField"/>.</summary>
internal sealed partial class FieldEntryReader(FieldsYamlNodes nodes)
{
    private static readonly string[] Properties = ["key", "label", "type", "required", "help", "example", "choices", "group", "uncertain", "columns"];

    /// <summary>The field declared by <paramref name="node"/>; null (with the mistakes recorded) when it is not usable.</summary>
    public TemplateField? ReadField(YamlNode node, bool column)
    {
        if (node is not YamlMappingNode map)
        {
            nodes.Problem(node.Start, "Each field must be a mapping (key, label, type, …).", "Write '- key: …' followed by 'label:' and 'type:' lines.");
            return null;
        }
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var name = FieldsYamlNodes.Name(keyNode);
            if (Array.IndexOf(Properties, name) < 0)
                nodes.Problem(keyNode.Start, $"Unknown field property '{name}'.", $"Use only: {string.Join(", ", Properties)}.");
            else values[name] = value;
        }
        var key = Required(values, "key", map);
        var label = Required(values, "label", map);
        var typeName = Required(values, "type", map);
        if (key is not null && !(column ? ColumnKeyPattern() : KeyPattern()).IsMatch(key))
        {
            nodes.Problem(values["key"].Start, $"'{key}' is not a {(column ? "column" : "field")} key.",
                column ? "Use lower-case letters, digits and '_' (no dots in a column)." : "Use lower-case letters, digits and '_', nested with dots: sender.body.");
            key = null;
        }
        TemplateFieldType type = default;
        if (typeName is not null && !TemplateFieldTypes.TryParse(typeName, out type))
        {
            nodes.Problem(values["type"].Start, $"Unknown type '{typeName}'.", $"Use one of: {TemplateFieldTypes.Names}.");
            typeName = null;
        }
        else if (column && type is TemplateFieldType.List or TemplateFieldType.Table)
        {
            nodes.Problem(values["type"].Start, $"A table column cannot have type {typeName}.", "Give columns a single-value type: text, multiline, date, integer or choice.");
            typeName = null;
        }
        var required = nodes.Flag(values, "required");
        var uncertain = nodes.Flag(values, "uncertain");
        var help = values.TryGetValue("help", out var h) ? nodes.Scalar(h, "help") : null;
        var group = values.TryGetValue("group", out var g) ? nodes.Scalar(g, "group") : null;
        var choices = values.TryGetValue("choices", out var c) ? nodes.Strings(c, "choices") : [];
        var columns = values.TryGetValue("columns", out var cols) ? Columns(cols) : [];
        if (key is null || label is null || typeName is null) return null;
        if (type == TemplateFieldType.Table && columns.Count == 0)
            nodes.Problem(map.Start, $"Field '{key}' has type table but no columns.", "Add 'columns:' with one item (key, label, type) per column.");
        if (type != TemplateFieldType.Table && cols is not null)
            nodes.Problem(cols.Start, $"Field '{key}' has columns but type {typeName}.", "Give columns only with 'type: table'.");
        if (type == TemplateFieldType.Choice && choices.Count == 0)
            nodes.Problem(map.Start, $"Field '{key}' has type choice but no choices.", "Add 'choices: [通知, 周知, 依頼]'.");
        if (type != TemplateFieldType.Choice && values.TryGetValue("choices", out var extra))
            nodes.Problem(extra.Start, $"Field '{key}' has choices but type {typeName}.", "Give choices only with 'type: choice'.");
        var example = values.TryGetValue("example", out var e) ? Example(e, key, type, choices, columns) : null;
        return new TemplateField(key, label, type, required, help, example, choices, group, uncertain) { Columns = columns };
    }

    private IReadOnlyList<TemplateField> Columns(YamlNode node)
    {
        if (node is not YamlSequenceNode sequence)
        {
            nodes.Problem(node.Start, "'columns' must be a list of columns (each item starting with '- key:').", null);
            return [];
        }
        var columns = new List<TemplateField>();
        foreach (var item in sequence.Children)
        {
            if (ReadField(item, column: true) is { } c) columns.Add(c);
        }
        return columns;
    }

    private List<IReadOnlyDictionary<string, object?>>? TableExample(YamlNode node, string key, IReadOnlyList<TemplateField> columns)
    {
        if (node is not YamlSequenceNode rows)
        {
            nodes.Problem(node.Start, $"The example of table field '{key}' must be a list of rows.", "Write '- category: …' lines, one per row.");
            return null;
        }
        var result = new List<IReadOnlyDictionary<string, object?>>();
        foreach (var rowNode in rows.Children)
        {
            if (rowNode is not YamlMappingNode row)
            {
                nodes.Problem(rowNode.Start, $"Each example row of table field '{key}' must be a mapping of its columns.", null);
                continue;
            }
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (cellKey, cellNode) in row.Children)
            {
                var name = FieldsYamlNodes.Name(cellKey);
                if (columns.FirstOrDefault(c => c.Key == name) is not { } column)
                {
                    nodes.Problem(cellKey.Start, $"Table field '{key}' has no column '{name}'.", "Use the keys declared under 'columns'.");
                    continue;
                }
                values[name] = Example(cellNode, $"{key}.{name}", column.Type, column.Choices, []);
            }
            result.Add(values);
        }
        return result;
    }

    private object? Example(YamlNode node, string key, TemplateFieldType type, IReadOnlyList<string> choices, IReadOnlyList<TemplateField> columns)
    {
        if (type == TemplateFieldType.Table) return TableExample(node, key, columns);
        if (type == TemplateFieldType.List)
        {
            if (node is YamlSequenceNode) return nodes.Strings(node, "example");
            nodes.Problem(node.Start, $"The example of list field '{key}' must be a list.", "Write 'example: [一つ目, 二つ目]'.");
            return null;
        }
        var text = nodes.Scalar(node, "example");
        if (text is null) return null;
        var problem = TemplateFieldValue.ProblemOf(type, text, choices);
        if (problem is not null) nodes.Problem(node.Start, $"The example of field '{key}' {problem}.", "Give an example of the declared type.");
        return text;
    }

    private string? Required(Dictionary<string, YamlNode> values, string name, YamlNode owner)
    {
        if (values.TryGetValue(name, out var node)) return nodes.Scalar(node, name) is { Length: > 0 } text ? text : Missing(node, name);
        return Missing(owner, name);
    }

    private string? Missing(YamlNode node, string name)
    {
        nodes.Problem(node.Start, $"A field has no '{name}'.", "Every field needs key, label and type.");
        return null;
    }

    [GeneratedRegex(@"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnKeyPattern();
}
