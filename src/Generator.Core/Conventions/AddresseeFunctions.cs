using System.Collections;
using Scriban.Runtime;

namespace Generator.Conventions;

/// <summary>The template function <c>addressee_of</c> (宛先), so that templates address a recipient by the same rules as
/// the address label and the e-mail draft (<see cref="AddresseeRules"/>).</summary>
public static class AddresseeFunctions
{
    /// <summary>
    /// The addressee of <c>recipient</c> by <see cref="AddresseeRules"/>: its <c>lines</c> and <c>honorific</c>, the
    /// choice and honorific from the notice's <c>addressed_to</c> and <c>honorific</c> when it has them.
    /// <c>({addressee: "札幌市総務局御中"}, {honorific: "様"})</c> → <c>"{lines: ["札幌市総務局御中"], honorific: ""}"</c>;
    /// <c>({title: "札幌市健康増進課長"}, {addressed_to: "title"})</c> → <c>"{lines: ["札幌市健康増進課長"], honorific: "様"}"</c>.
    /// </summary>
    public static ScriptObject AddresseeOf(object? recipient, object? notice)
    {
        var text = AddresseeRules.For(key => Text(recipient, key), Text(notice, "addressed_to") is { Length: > 0 } c ? c : null, Text(notice, "honorific"));
        return new ScriptObject { ["lines"] = new ScriptArray(text.Lines), ["honorific"] = text.Honorific };
    }

    private static string Text(object? map, string key) => map switch
    {
        IDictionary<string, object?> d => d.TryGetValue(key, out var v) ? v?.ToString()?.Trim() ?? "" : "",
        IReadOnlyDictionary<string, object?> d => d.TryGetValue(key, out var v) ? v?.ToString()?.Trim() ?? "" : "",
        IDictionary d => d.Contains(key) ? d[key]?.ToString()?.Trim() ?? "" : "",
        _ => "",
    };
}
