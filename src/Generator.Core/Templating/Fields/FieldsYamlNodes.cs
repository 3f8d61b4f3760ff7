using Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Generator.Templating;

/// <summary>Reads values out of one fields.yaml's nodes, collecting each mistake at the file's line and column.</summary>
internal sealed class FieldsYamlNodes(string fileName, List<Diagnostic> problems)
{
    /// <summary>The file named in messages.</summary>
    public string FileName => fileName;

    /// <summary>A true/false property; false when absent.</summary>
    public bool Flag(Dictionary<string, YamlNode> values, string name)
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

    /// <summary>A single value; null for ~ or empty.</summary>
    public string? Scalar(YamlNode node, string name)
    {
        if (node is YamlScalarNode scalar) return IsNull(scalar) ? null : scalar.Value;
        Problem(node.Start, $"'{name}' must be a single value, not a list or mapping.", null);
        return null;
    }

    /// <summary>A list of single values.</summary>
    public IReadOnlyList<string> Strings(YamlNode node, string name)
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

    /// <summary>The text of a mapping key.</summary>
    public static string Name(YamlNode node) => node is YamlScalarNode { Value: { } v } ? v : node.ToString();

    /// <summary>Records a mistake at <paramref name="at"/>.</summary>
    public void Problem(Mark at, string message, string? hint) =>
        problems.Add(new Diagnostic(fileName, (int)at.Line, (int)at.Column, message, hint));
}
