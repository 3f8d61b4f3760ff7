using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Generator.Templating;

/// <summary>
/// Where each key of a YAML mapping file sits, by dotted path (<c>law.amended.in_force</c>; list items as <c>items[0].category</c>), read with YamlDotNet's
/// representation model so that messages about a value can point at its line and column.
/// </summary>
public sealed class YamlKeyPositions
{
    private readonly Dictionary<string, (Mark Key, Mark Value)> positions = new(StringComparer.Ordinal);

    private YamlKeyPositions() { }

    /// <summary>No positions: every lookup answers line 0 (unknown).</summary>
    public static YamlKeyPositions None { get; } = new();

    /// <summary>Reads the positions of the file at <paramref name="path"/>; <see cref="None"/> when it is missing or not YAML.</summary>
    public static YamlKeyPositions ReadFile(string path)
    {
        if (!File.Exists(path)) return None;
        return Parse(File.ReadAllText(path));
    }

    /// <summary>Reads the positions in YAML text; <see cref="None"/> when it is not YAML (the loader reports that).</summary>
    public static YamlKeyPositions Parse(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException)
        {
            return None;
        }
        var result = new YamlKeyPositions();
        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root) result.Add("", root);
        return result;
    }

    private void Add(string prefix, YamlMappingNode map)
    {
        foreach (var (keyNode, valueNode) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key }) continue;
            var path = prefix.Length == 0 ? key : $"{prefix}.{key}";
            positions.TryAdd(path, (keyNode.Start, valueNode.Start));
            AddValue(path, valueNode);
        }
    }

    private void AddValue(string path, YamlNode node)
    {
        if (node is YamlMappingNode map) Add(path, map);
        if (node is not YamlSequenceNode sequence) return;
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            positions.TryAdd($"{path}[{i}]", (item.Start, item.Start));
            AddValue($"{path}[{i}]", item);
        }
    }

    /// <summary>Line and column (1-based) of the key at <paramref name="path"/>; (0, 0) when absent.</summary>
    public (int Line, int Column) KeyOf(string path) =>
        positions.TryGetValue(path, out var p) ? ((int)p.Key.Line, (int)p.Key.Column) : (0, 0);

    /// <summary>Line and column (1-based) of the value at <paramref name="path"/>; (0, 0) when absent.</summary>
    public (int Line, int Column) ValueOf(string path) =>
        positions.TryGetValue(path, out var p) ? ((int)p.Value.Line, (int)p.Value.Column) : (0, 0);

    /// <summary>The deepest existing key on the way to <paramref name="path"/> (e.g. <c>law</c> for a missing <c>law.number</c>); (0, 0) when none.</summary>
    public (int Line, int Column) NearestKeyOf(string path)
    {
        for (var p = path; p.Length > 0; p = p.Contains('.') ? p[..p.LastIndexOf('.')] : "")
        {
            var place = KeyOf(p);
            if (place.Line > 0) return place;
        }
        return (0, 0);
    }
}
