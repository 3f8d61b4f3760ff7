using System.Diagnostics.CodeAnalysis;

namespace Generator.Batch;

/// <summary>A recipient's fields (<see cref="Data.Recipient.Fields"/>) as the template sees them, without a copy: a batch of
/// 89,400 recipients keeps one small view per recipient instead of a dictionary of its own (issue 17: flat memory).</summary>
internal sealed class RecipientFieldsView(IReadOnlyDictionary<string, string> fields) : IReadOnlyDictionary<string, object?>
{
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
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var found = fields.TryGetValue(key, out var text);
        value = text;
        return found;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        foreach (var (key, value) in fields) yield return new(key, value);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
