using System.Text.Json;
using Generator.Templating;

namespace Generator.Studio.Drafting;

/// <summary>
/// The form over a notice: the values of the declared fields (for the page), and the notice with the page's values put
/// back in (dates typed as 和暦 stored as ISO, empty values as null, lists without empty lines). Keys the template does not
/// declare are never written from the page; the rest of the notice (law facts, comments aside) is kept as it was.
/// </summary>
internal static class NoticeForm
{
    /// <summary>A field's value in <paramref name="notice"/>: a string, a list of strings, or null.</summary>
    public static object? ValueOf(IReadOnlyDictionary<string, object?> notice, TemplateField field)
    {
        object? current = notice;
        foreach (var part in field.Path)
        {
            if (current is IReadOnlyDictionary<string, object?> map && map.TryGetValue(part, out var next)) current = next;
            else if (current is IDictionary<string, object?> dict && dict.TryGetValue(part, out var next2)) current = next2;
            else return null;
        }
        return current switch
        {
            IEnumerable<object?> rows when field.Type == TemplateFieldType.Table => rows.Select(r => field.Columns.ToDictionary(
                c => c.Key, c => r is IReadOnlyDictionary<string, object?> m && m.TryGetValue(c.Key, out var v) ? v?.ToString() ?? "" : "", StringComparer.Ordinal)).ToList(),
            IEnumerable<object?> list when current is not string => list.Select(v => v?.ToString() ?? "").ToList(),
            _ => current,
        };
    }

    /// <summary>
    /// Returns <paramref name="notice"/> with <paramref name="values"/> (dotted key → JSON string or array) applied to the
    /// declared fields; problems with a typed value (a date that is no date) are added to <paramref name="problems"/>.
    /// </summary>
    public static Dictionary<string, object?> Apply(IReadOnlyDictionary<string, object?> notice, TemplateFieldSet fields,
        IReadOnlyDictionary<string, JsonElement> values, List<StudioProblem> problems)
    {
        var result = DeepCopy(notice);
        foreach (var (key, element) in values)
        {
            if (fields.Find(key) is not { } field) continue;
            var before = problems.Count;
            var value = Convert(field, element, problems);
            // a value the form could not read (a date that is no date) is shown beside its field but never saved:
            // notice.yaml keeps its last good value and stays readable by the CLI
            if (problems.Count == before) Set(result, field.Path, value);
        }
        return result;
    }

    private static object? Convert(TemplateField field, JsonElement element, List<StudioProblem> problems)
    {
        if (field.Type == TemplateFieldType.Table)
        {
            if (element.ValueKind != JsonValueKind.Array) return null;
            var rows = element.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object)
                .Select(r => field.Columns.ToDictionary(c => c.Key,
                    c => r.TryGetProperty(c.Key, out var cell) && cell.ValueKind == JsonValueKind.String && cell.GetString()!.Trim().Length > 0 ? (object?)cell.GetString()!.Trim() : null,
                    StringComparer.Ordinal))
                .Where(row => row.Values.Any(v => v is not null)).Cast<object?>().ToList();
            return rows.Count == 0 ? null : rows;
        }
        if (field.Type == TemplateFieldType.List)
        {
            var lines = element.ValueKind == JsonValueKind.Array
                ? element.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() ?? "" : e.ToString())
                : (element.ValueKind == JsonValueKind.String ? element.GetString() ?? "" : "").Split('\n');
            var items = lines.Select(l => l.Trim()).Where(l => l.Length > 0).Cast<object?>().ToList();
            return items.Count == 0 ? null : items;
        }
        var text = element.ValueKind switch
        {
            JsonValueKind.String => element.GetString() ?? "",
            JsonValueKind.Null or JsonValueKind.Undefined => "",
            _ => element.ToString(),
        };
        text = field.Type == TemplateFieldType.Multiline ? text.Replace("\r\n", "\n").TrimEnd() : text.Trim();
        if (text.Length == 0) return null;
        if (field.Type == TemplateFieldType.Date)
        {
            if (DateInput.ToIso(text, out var problem) is { } iso) return iso;
            problems.Add(new StudioProblem("error", field.Key, null, 0, 0, $"{field.Label}: {problem}", "正しい日付にするまで、保存とプレビューは前の値のままです。"));
        }
        return text;
    }

    private static void Set(Dictionary<string, object?> root, IReadOnlyList<string> path, object? value)
    {
        var map = root;
        for (var i = 0; i < path.Count - 1; i++)
        {
            if (!map.TryGetValue(path[i], out var inner) || inner is not Dictionary<string, object?> next)
                map[path[i]] = next = new Dictionary<string, object?>(StringComparer.Ordinal);
            map = next;
        }
        map[path[^1]] = value;
    }

    /// <summary>A deep copy made of plain dictionaries and lists, whatever types the notice reader used (so YAML writes a mapping).</summary>
    public static Dictionary<string, object?> DeepCopy(IReadOnlyDictionary<string, object?> map) =>
        map.ToDictionary(kv => kv.Key, kv => Copy(kv.Value), StringComparer.Ordinal);

    private static object? Copy(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> m => DeepCopy(m),
        IDictionary<string, object?> d => d.ToDictionary(kv => kv.Key, kv => Copy(kv.Value), StringComparer.Ordinal),
        IList<object?> l => l.Select(Copy).ToList(),
        _ => value,
    };
}
