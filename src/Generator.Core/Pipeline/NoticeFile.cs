using Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Generator.Pipeline;

/// <summary>Reads a notice's data file (notice.yaml). Every scalar stays a string, as YAML gives it; <c>~</c> is null.</summary>
public static class NoticeFile
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder().Build();

    /// <summary>Loads <paramref name="path"/> as a mapping of fields.</summary>
    /// <exception cref="GeneratorException">The file is missing, not YAML, or not a mapping; with line and column.</exception>
    public static IReadOnlyDictionary<string, object?> Load(string path)
    {
        if (!File.Exists(path))
            throw new GeneratorException(new Diagnostic(path, 0, 0, "The notice data file does not exist.", "Give the path of a notice.yaml, e.g. templates/circular/notice.yaml."));
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses YAML text; <paramref name="fileName"/> names it in errors.</summary>
    public static IReadOnlyDictionary<string, object?> Parse(string yaml, string fileName)
    {
        object? root;
        try
        {
            root = Deserializer.Deserialize<object?>(yaml);
        }
        catch (YamlException e)
        {
            var inner = e.InnerException?.Message;
            throw new GeneratorException(new Diagnostic(fileName, (int)e.Start.Line, (int)e.Start.Column,
                $"Not valid YAML: {inner ?? e.Message}", "Check indentation and quoting at this place (quote values that contain ': ' or start with @ or *)."));
        }
        if (root is null) return new Dictionary<string, object?>();
        if (root is not IDictionary<object, object?> map)
            throw new GeneratorException(new Diagnostic(fileName, 1, 1, "The notice data must be a mapping of fields (key: value).", "Start the file with fields such as 'title: …'."));
        return Normalize(map);
    }

    private static Dictionary<string, object?> Normalize(IDictionary<object, object?> map)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in map) result[key.ToString() ?? ""] = NormalizeValue(value);
        return result;
    }

    private static object? NormalizeValue(object? value) => value switch
    {
        IDictionary<object, object?> map => Normalize(map),
        IList<object?> list => list.Select(NormalizeValue).ToList(),
        _ => value,
    };
}
