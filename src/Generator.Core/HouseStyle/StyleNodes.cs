using System.Globalization;
using Generator.Diagnostics;
using Generator.Layout;
using Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Generator.HouseStyle;

/// <summary>Reads values out of a style file's nodes, collecting each mistake at the file's line and column.</summary>
internal sealed class StyleNodes(string fileName, string folder)
{
    private readonly List<Diagnostic> problems = [];

    /// <summary>The style file, as errors name it.</summary>
    public string FileName => fileName;

    /// <summary>The text of a mapping key.</summary>
    public static string Name(YamlNode node) => node is YamlScalarNode { Value: { } v } ? v : node.ToString();

    /// <summary>Throws the mistakes collected so far, if any.</summary>
    public void ThrowIfAny()
    {
        if (problems.Count > 0) throw new GeneratorException(problems);
    }

    /// <summary>Records a mistake at <paramref name="at"/>.</summary>
    public void Problem(Mark at, string message, string hint) =>
        problems.Add(new Diagnostic(fileName, (int)at.Line, (int)at.Column, message, hint));

    /// <summary>Records a wrong value and returns <paramref name="unchanged"/>.</summary>
    public T Wrong<T>(YamlNode node, string message, string hint, T unchanged)
    {
        Problem(node.Start, message, hint);
        return unchanged;
    }

    /// <summary>Records an unknown key, suggesting the allowed ones, and returns <paramref name="unchanged"/>.</summary>
    public T Unknown<T>(YamlNode node, string key, IEnumerable<string> allowed, T unchanged) =>
        Wrong(node, $"'{key}' is not a style key.", $"Use one of: {string.Join(", ", allowed)} (see docs/style.md).", unchanged);

    /// <summary>The entries of a mapping whose keys are in <paramref name="allowed"/>; others are recorded as mistakes.</summary>
    public IEnumerable<(string Key, YamlNode Value)> Mapping(YamlNode node, string name, string[] allowed)
    {
        if (node is not YamlMappingNode mapping)
        {
            Problem(node.Start, $"'{name}' must be a mapping, e.g. {name}: {{ {allowed[0]}: … }}.", $"Give one or more of: {string.Join(", ", allowed)}.");
            yield break;
        }
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = Name(keyNode);
            if (allowed.Contains(key)) yield return (key, value);
            else Unknown(keyNode, $"{name}.{key}", allowed.Select(a => $"{name}.{a}"), 0);
        }
    }

    /// <summary>A single value; null for ~ or empty.</summary>
    public string? Scalar(YamlNode node, string name)
    {
        if (node is YamlScalarNode scalar)
            return scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" ? null : scalar.Value;
        Problem(node.Start, $"'{name}' must be a single value, not a list or mapping.", "Write it on the key's line, e.g. key: value.");
        return null;
    }

    /// <summary>A non-empty text value.</summary>
    public string? Text(YamlNode node, string name) => Scalar(node, name) is { Length: > 0 } text
        ? text
        : Wrong<string?>(node, $"'{name}' must not be empty.", "Give a font name, e.g. ＭＳ 明朝.", null);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public double? Number(YamlNode node, string name, double min, double max, bool whole = false)
    {
        var text = Scalar(node, name);
        if (text is null || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || value < min || value > max || (whole && value != Math.Floor(value)))
        {
            var kind = whole ? "a whole number" : "a number";
            return Wrong<double?>(node, $"'{name}' must be {kind} from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, not '{text}'.",
                $"Write e.g. {name.Split('.')[^1]}: {Example(name, min, max)}.", null);
        }
        return value;
    }

    /// <summary>A sensible value of <paramref name="name"/> for hints: today's default where there is one.</summary>
    private static string Example(string name, double min, double max) => name switch
    {
        "grid.characters" => "40",
        "grid.lines" => "36",
        "font.size" => "10.5",
        "title.size" => "12",
        _ when name.StartsWith("margins.", StringComparison.Ordinal) => "30",
        _ => Math.Round((min + max) / 2).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>true or false.</summary>
    public bool? Flag(YamlNode node, string name) => Scalar(node, name) switch
    {
        "true" => true,
        "false" => false,
        var other => Wrong<bool?>(node, $"'{name}' must be true or false, not '{other}'.", "Write true or false.", null),
    };

    /// <summary>left, center or right.</summary>
    public LineAlignment? Align(YamlNode node, string name) => Scalar(node, name) switch
    {
        "left" => LineAlignment.Left,
        "center" => LineAlignment.Center,
        "right" => LineAlignment.Right,
        var other => Wrong<LineAlignment?>(node, $"'{name}' must be left, center or right, not '{other}'.", "Write left, center or right.", null),
    };

    /// <summary>A list of text lines (a single value is one line).</summary>
    public IReadOnlyList<string> Strings(YamlNode node, string name)
    {
        if (node is YamlScalarNode) return Scalar(node, name) is { } one ? [one] : [];
        if (node is not YamlSequenceNode sequence) return Wrong<IReadOnlyList<string>>(node, $"'{name}' must be a list of lines.", "Write e.g. lines: [北海道保健福祉部, 札幌市中央区北3条西6丁目].", []);
        return [.. sequence.Children.Select(item => Scalar(item, name)).OfType<string>()];
    }

    /// <summary>A PNG file named relative to the style file.</summary>
    public PngImage? Image(YamlNode node, string name)
    {
        if (Scalar(node, name) is not { } relative) return Wrong<PngImage?>(node, $"'{name}' must name a PNG file.", "Give a path relative to the style file, e.g. seal.png.", null);
        var path = Path.Combine(folder, relative);
        if (!File.Exists(path))
            return Wrong<PngImage?>(node, $"'{name}': the image '{relative}' does not exist (looked for {path}).", "Put the PNG next to the style file or give its path relative to it.", null);
        if (new FileInfo(path).Length > StyleFile.MaxImageSize)
            return Wrong<PngImage?>(node, $"'{name}': the image '{relative}' is larger than {StyleFile.MaxImageSize:N0} bytes.", "Save it smaller (a seal needs about 300×300 pixels).", null);
        return PngImage.TryRead(File.ReadAllBytes(path))
            ?? Wrong<PngImage?>(node, $"'{name}': '{relative}' is not a PNG image.", "Save the image as PNG (with transparency for a seal).", null);
    }
}
