using System.Collections;
using Scriban.Runtime;

namespace Generator.Templating;

/// <summary>Turns data (YAML/JSON/CSV dictionaries and lists) into Scriban objects so strict member access applies to them.</summary>
internal static class ScriptValueConverter
{
    public static object? Convert(object? value) => value switch
    {
        null => null,
        string s => s,
        ScriptObject so => so,
        ScriptArray sa => sa,
        IDictionary<string, string> strings => ToScriptObject(strings.Select(kv => new KeyValuePair<string, object?>(kv.Key, kv.Value))),
        IReadOnlyDictionary<string, object?> map => ToScriptObject(map),
        IDictionary<string, object?> map => ToScriptObject(map),
        IDictionary map => ToScriptObject(map.Cast<DictionaryEntry>().Select(e => new KeyValuePair<string, object?>(e.Key.ToString() ?? "", e.Value))),
        IEnumerable list => ToScriptArray(list),
        _ => value,
    };

    private static ScriptObject ToScriptObject(IEnumerable<KeyValuePair<string, object?>> entries)
    {
        var obj = new ScriptObject(StringComparer.Ordinal);
        foreach (var (key, v) in entries) obj.SetValue(key, Convert(v), readOnly: false);
        return obj;
    }

    private static ScriptArray ToScriptArray(IEnumerable list)
    {
        var array = new ScriptArray();
        foreach (var item in list) array.Add(Convert(item));
        return array;
    }
}
