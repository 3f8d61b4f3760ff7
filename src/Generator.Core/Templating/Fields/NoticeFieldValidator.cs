using System.Collections;
using Generator.Diagnostics;

namespace Generator.Templating;

/// <summary>Checks a notice (as NoticeFile loads it) against a template's declared fields: missing required values and values of the wrong type.</summary>
internal sealed class NoticeFieldValidator(string template, string noticeFileName, YamlKeyPositions positions)
{
    /// <summary>Every problem with <paramref name="notice"/>, in declaration order.</summary>
    public IReadOnlyList<Diagnostic> Validate(IReadOnlyList<TemplateField> fields, IReadOnlyDictionary<string, object?> notice)
    {
        var problems = new List<Diagnostic>();
        var badParents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var (found, value, badParent) = Lookup(notice, field.Path);
            if (badParent is not null)
            {
                if (badParents.Add(badParent))
                    problems.Add(AtValue(badParent, $"'{badParent}' must be a group of fields ({field.Key} is inside it), not a single value or a list.",
                        $"Write '{badParent}:' on its own line with the nested fields indented below it, as in templates/{template}/notice.yaml."));
                continue;
            }
            if (!found || IsEmpty(value))
            {
                if (field.Required) problems.Add(Missing(field, found));
                continue;
            }
            if (ProblemOf(field, value) is { } problem)
                problems.Add(AtValue(field.Key, $"{Name(field)} {problem}.", HintFor(field)));
            else if (field.Type == TemplateFieldType.Table)
                ValidateRows(field, (IEnumerable)value!, problems);
        }
        return problems;
    }

    private void ValidateRows(TemplateField table, IEnumerable rows, List<Diagnostic> problems)
    {
        var index = 0;
        foreach (var row in rows)
        {
            var place = $"{table.Key}[{index}]";
            var rowName = $"{table.Label} ({table.Key}), row {++index}";
            if (AsMap(row) is not { } cells)
            {
                problems.Add(AtValue(place, $"{rowName} must be a group of columns ({string.Join(", ", table.Columns.Select(c => c.Key))}).", $"Write each row as '- {table.Columns[0].Key}: …' with the other columns indented below it."));
                continue;
            }
            foreach (var column in table.Columns)
            {
                var key = $"{place}.{column.Key}";
                var name = $"{rowName}: {column.Label} ({column.Key})";
                var found = cells.TryGetValue(column.Key, out var value);
                if (!found || IsEmpty(value))
                {
                    if (column.Required)
                        problems.Add(At(found ? positions.KeyOf(key) : positions.NearestKeyOf(key), $"{name} is required but {(found ? "empty" : "missing")}.", $"Give '{column.Key}' in every row."));
                    continue;
                }
                if (ProblemOf(column, value) is { } problem) problems.Add(AtValue(key, $"{name} {problem}.", HintFor(column)));
            }
        }
    }

    private static IReadOnlyDictionary<string, object?>? AsMap(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary<string, object?> map => map.AsReadOnly(),
        _ => null,
    };

    private static (bool Found, object? Value, string? BadParent) Lookup(IReadOnlyDictionary<string, object?> notice, IReadOnlyList<string> path)
    {
        IReadOnlyDictionary<string, object?> map = notice;
        for (var i = 0; ; i++)
        {
            if (!map.TryGetValue(path[i], out var value)) return (false, null, null);
            if (i == path.Count - 1) return (true, value, null);
            if (value is null) return (false, null, null);
            if (AsMap(value) is not { } inner) return (false, null, string.Join('.', path.Take(i + 1)));
            map = inner;
        }
    }

    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string s => s.Trim().Length == 0,
        ICollection c => c.Count == 0,
        _ => false,
    };

    private static string? ProblemOf(TemplateField field, object? value)
    {
        if (field.Type is TemplateFieldType.List or TemplateFieldType.Table)
        {
            if (value is not IEnumerable items || value is string || AsMap(value) is not null)
                return field.Type == TemplateFieldType.List ? "must be a list (one '- item' per line)" : "must be a list of rows (one '- column: …' group per row)";
            if (field.Type == TemplateFieldType.Table) return null;
            return items.Cast<object?>().Any(item => item is not null && item is not string) ? "must be a list of lines of text, not of groups or lists" : null;
        }
        return value is string text ? TemplateFieldValue.ProblemOf(field.Type, text, field.Choices) : "must be a single value, not a list or a group of fields";
    }

    private Diagnostic Missing(TemplateField field, bool keyPresent)
    {
        var place = keyPresent ? positions.KeyOf(field.Key) : positions.NearestKeyOf(field.Key);
        var message = keyPresent ? $"{Name(field)} is required but empty." : $"{Name(field)} is required but missing.";
        var path = field.Path;
        var where = path.Count == 1 ? "" : $" under '{string.Join(".", path.Take(path.Count - 1))}:'";
        var help = string.IsNullOrEmpty(field.Help) ? "" : $" ({field.Help})";
        return At(place, message, $"{(keyPresent ? "Fill in" : "Add")} '{Sample(field)}'{where}{help}.");
    }

    /// <summary>The field written as in notice.yaml with its example: <c>by_number: 35</c>, <c>contact: [担当：…]</c>.</summary>
    private static string Sample(TemplateField field)
    {
        var name = field.Path[^1];
        return field.Example switch
        {
            string s => $"{name}: {s}",
            IReadOnlyList<string> list when list.Count > 0 => $"{name}: [{list[0]}, …]",
            _ => $"{name}: …",
        };
    }

    private Diagnostic AtValue(string key, string message, string? hint) => At(positions.ValueOf(key), message, hint);

    private Diagnostic At((int Line, int Column) place, string message, string? hint) =>
        new(noticeFileName, place.Line, place.Column, message, hint);

    private static string Name(TemplateField field) => $"{field.Label} ({field.Key})";

    private static string HintFor(TemplateField field) => field.Type switch
    {
        TemplateFieldType.List => $"Write one '- …' line per item under '{field.Path[^1]}:', or '{Sample(field)}'",
        TemplateFieldType.Table => $"Write one '- {field.Columns[0].Key}: …' group per row under '{field.Path[^1]}:', as in the template's sample notice.yaml",
        _ => $"Write it like '{Sample(field)}'",
    };
}
