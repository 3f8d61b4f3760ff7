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
        }
        return problems;
    }

    private static (bool Found, object? Value, string? BadParent) Lookup(IReadOnlyDictionary<string, object?> notice, IReadOnlyList<string> path)
    {
        IReadOnlyDictionary<string, object?> map = notice;
        for (var i = 0; ; i++)
        {
            if (!map.TryGetValue(path[i], out var value)) return (false, null, null);
            if (i == path.Count - 1) return (true, value, null);
            switch (value)
            {
                case null: return (false, null, null);
                case IReadOnlyDictionary<string, object?> inner: map = inner; break;
                case IDictionary<string, object?> inner: map = inner.AsReadOnly(); break;
                default: return (false, null, string.Join('.', path.Take(i + 1)));
            }
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
        if (field.Type == TemplateFieldType.List)
        {
            if (value is not IEnumerable items || value is string || value is IDictionary || value is IReadOnlyDictionary<string, object?>)
                return "must be a list (one '- item' per line)";
            return items.Cast<object?>().Any(item => item is not null && item is not string) ? "must be a list of lines of text, not of groups or lists" : null;
        }
        return value is string text ? TemplateFieldValue.ProblemOf(field.Type, text, field.Choices) : "must be a single value, not a list or a group of fields";
    }

    private Diagnostic Missing(TemplateField field, bool keyPresent)
    {
        var (line, column) = keyPresent ? positions.KeyOf(field.Key) : positions.NearestKeyOf(field.Key);
        var example = field.Example switch
        {
            string s => $" (e.g. {field.Key.Split('.')[^1]}: {s})",
            _ => "",
        };
        var message = keyPresent ? $"{Name(field)} is required but empty." : $"{Name(field)} is required but missing.";
        return new Diagnostic(noticeFileName, line, column, message, $"Give '{field.Key}'{example}{(field.Help is null ? "" : $"; {field.Help}")}.");
    }

    private Diagnostic AtValue(string key, string message, string? hint)
    {
        var (line, column) = positions.ValueOf(key);
        return new Diagnostic(noticeFileName, line, column, message, hint);
    }

    private static string Name(TemplateField field) => $"{field.Label} ({field.Key})";

    private static string HintFor(TemplateField field) => field.Example switch
    {
        string s => $"Write it like the example: {field.Key.Split('.')[^1]}: {s}",
        IReadOnlyList<string> list when list.Count > 0 => $"Write one '- item' per line, e.g. '- {list[0]}'",
        _ => $"Give a {field.TypeName} value",
    };
}
