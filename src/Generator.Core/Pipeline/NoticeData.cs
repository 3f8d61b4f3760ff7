using System.Collections;

namespace Generator.Pipeline;

/// <summary>One value of notice.yaml and where it is written: <c>enforcement_notice.numbers[1]</c> at line 38, column 7.</summary>
/// <param name="Path">Dotted key path; list items as <c>[index]</c> (0-based).</param>
/// <param name="Value">The value as templates see it (a string, null, a list or a mapping).</param>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Column">1-based column in the file.</param>
public sealed record NoticeField(string Path, object? Value, int Line, int Column);

/// <summary>The fields of a notice.yaml (a read-only mapping, as templates see it) with the place of every value, so
/// that a value a function rejects can be reported at the data file's own line.</summary>
public sealed class NoticeData(string fileName, IReadOnlyDictionary<string, object?> fields, IReadOnlyList<NoticeField> places)
    : IReadOnlyDictionary<string, object?>
{
    /// <summary>The file as errors name it.</summary>
    public string FileName => fileName;

    /// <summary>Every value, in file order.</summary>
    public IReadOnlyList<NoticeField> Places => places;

    /// <summary>The fields (in file order) whose value is <paramref name="value"/>: the same text, or a list or mapping
    /// with the same content (templates see converted copies of lists and mappings).</summary>
    public IEnumerable<NoticeField> FieldsWithValue(object? value) =>
        value is null ? [] : places.Where(p => p.Value is not null && DataEquality.Same(p.Value, value));

    /// <inheritdoc />
    public object? this[string key] => fields[key];

    /// <inheritdoc />
    public IEnumerable<string> Keys => fields.Keys;

    /// <inheritdoc />
    public IEnumerable<object?> Values => fields.Values;

    /// <inheritdoc />
    public int Count => fields.Count;

    /// <inheritdoc />
    public bool ContainsKey(string key) => fields.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, out object? value) => fields.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Compares data values by content: strings by text, lists item by item, mappings key by key (any
/// <see cref="IDictionary"/> or <see cref="IEnumerable{T}"/> of key/value pairs, e.g. Scriban's objects).</summary>
internal static class DataEquality
{
    public static bool Same(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        if (a is string || b is string) return a is string sa && b is string sb && string.Equals(sa, sb, StringComparison.Ordinal);
        var mapA = AsMap(a);
        var mapB = AsMap(b);
        if (mapA is not null || mapB is not null)
            return mapA is not null && mapB is not null && mapA.Count == mapB.Count
                && mapA.All(kv => mapB.TryGetValue(kv.Key, out var other) && Same(kv.Value, other));
        if (a is IEnumerable listA && b is IEnumerable listB)
        {
            var itemsA = listA.Cast<object?>().ToList();
            var itemsB = listB.Cast<object?>().ToList();
            return itemsA.Count == itemsB.Count && itemsA.Zip(itemsB).All(p => Same(p.First, p.Second));
        }
        return Equals(a, b);
    }

    private static Dictionary<string, object?>? AsMap(object value) => value switch
    {
        IEnumerable<KeyValuePair<string, object?>> pairs => pairs.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
        IDictionary map => map.Cast<DictionaryEntry>().ToDictionary(e => e.Key.ToString() ?? "", e => e.Value, StringComparer.Ordinal),
        _ => null,
    };
}
