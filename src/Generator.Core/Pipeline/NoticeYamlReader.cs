using Generator.Conventions;
using Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Generator.Pipeline;

/// <summary>Builds notice.yaml's fields from YamlDotNet's parser events, keeping each value's place; refuses a duplicate
/// key, an alias that expands past <see cref="MaxNodes"/> values, and a bad date in a <c>date</c> / <c>*_date</c> field.</summary>
internal sealed class NoticeYamlReader
{
    /// <summary>Most values (scalars, lists, mappings) after aliases are expanded; the samples have a few hundred.</summary>
    public const int MaxNodes = 100_000;

    private readonly IParser parser;
    private readonly string fileName;
    private readonly List<NoticeField> places = [];
    private readonly Dictionary<string, (object? Value, int Nodes)> anchors = new(StringComparer.Ordinal);
    private int nodes;

    private NoticeYamlReader(IParser parser, string fileName)
    {
        this.parser = parser;
        this.fileName = fileName;
    }

    /// <summary>Reads the single document of <paramref name="yaml"/>; null when it is empty.</summary>
    /// <exception cref="YamlException">The YAML syntax is broken.</exception>
    /// <exception cref="GeneratorException">A duplicate key, an alias bomb, a non-text key or a bad date.</exception>
    public static (object? Root, IReadOnlyList<NoticeField> Places) Read(string yaml, string fileName)
    {
        var reader = new NoticeYamlReader(new Parser(new StringReader(yaml)), fileName);
        var root = reader.ReadStream();
        return (root, reader.places);
    }

    private object? ReadStream()
    {
        parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _)) return null;
        parser.Consume<DocumentStart>();
        var root = ReadNode("", isDate: false);
        parser.Consume<DocumentEnd>();
        if (parser.Current is DocumentStart next)
            throw Error(next.Start, "The file holds more than one YAML document ('---').", "Keep one notice per file; remove the second '---' and what follows, or put it in its own file.");
        return root;
    }

    private object? ReadNode(string path, bool isDate)
    {
        var start = parser.Current?.Start ?? Mark.Empty;
        var before = nodes;
        object? value;
        string? anchor = null;
        switch (parser.Current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                if (!anchors.TryGetValue(alias.Value.Value, out var target))
                    throw Error(start, $"The alias '*{alias.Value}' names no anchor '&{alias.Value}' above it.", "Define '&name' before using '*name', or write the value out.");
                nodes += target.Nodes;
                if (nodes > MaxNodes)
                    throw Error(start, $"The alias '*{alias.Value}' expands the data past {MaxNodes:N0} values (an alias bomb, or far too much data for one notice).",
                        "Write the values out instead of nesting aliases; a notice needs a few hundred values.");
                places.Add(new NoticeField(path, target.Value, (int)start.Line, (int)start.Column));
                return target.Value;
            case Scalar scalar:
                parser.MoveNext();
                anchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value;
                value = IsNull(scalar) ? null : scalar.Value;
                if (isDate && value is string text) value = CheckedDate(text, path, start);
                Count(start);
                break;
            case SequenceStart sequence:
                parser.MoveNext();
                anchor = sequence.Anchor.IsEmpty ? null : sequence.Anchor.Value;
                Count(start);
                var list = new List<object?>();
                while (!parser.TryConsume<SequenceEnd>(out _)) list.Add(ReadNode($"{path}[{list.Count}]", isDate));
                value = list;
                break;
            case MappingStart mapping:
                parser.MoveNext();
                anchor = mapping.Anchor.IsEmpty ? null : mapping.Anchor.Value;
                Count(start);
                value = ReadMapping(path);
                break;
            default:
                throw Error(start, "Unexpected YAML content here.", "Write fields as 'key: value', one per line.");
        }
        places.Add(new NoticeField(path, value, (int)start.Line, (int)start.Column));
        if (anchor is not null) anchors[anchor] = (value, nodes - before);
        return value;
    }

    private Dictionary<string, object?> ReadMapping(string path)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        var keyPlaces = new Dictionary<string, Mark>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (parser.Current is not Scalar key)
                throw Error(parser.Current?.Start ?? Mark.Empty, "A key must be plain text (a list, mapping or alias cannot be a key).", "Write keys as 'name: value'.");
            parser.MoveNext();
            var name = key.Value;
            if (keyPlaces.TryGetValue(name, out var first))
                throw Error(key.Start, $"Duplicate key '{name}'; it was already given at line {first.Line} (column {first.Column}), and one value would silently replace the other.",
                    "Keep one of the two (delete or rename the other).");
            keyPlaces[name] = key.Start;
            var childPath = path.Length == 0 ? name : $"{path}.{name}";
            map[name] = ReadNode(childPath, IsDateKey(name));
        }
        return map;
    }

    /// <summary>A <c>date</c> or <c>*_date</c> value: validated now and turned into ISO (和暦 accepted).</summary>
    private string CheckedDate(string text, string path, Mark at)
    {
        if (DateText.TryParse(text, out var date, out var error)) return DateText.Iso(date);
        throw Error(at, $"Field '{path}': {error}.",
            "Write the date as YYYY-MM-DD (2018-05-31) or as a 和暦 date (令和7年4月15日, 令和元年5月1日, R7.4.15).");
    }

    private void Count(Mark at)
    {
        if (++nodes > MaxNodes)
            throw Error(at, $"The data has more than {MaxNodes:N0} values.", "A notice needs a few hundred values; split the data or check for a generated file.");
    }

    private static bool IsDateKey(string key) => key == "date" || key.EndsWith("_date", StringComparison.Ordinal);

    private static bool IsNull(Scalar scalar) =>
        (!scalar.Tag.IsEmpty && scalar.Tag.Value is "tag:yaml.org,2002:null" or "!!null")
        || (scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL");

    private GeneratorException Error(Mark at, string message, string hint) =>
        new(new Diagnostic(fileName, (int)at.Line, (int)at.Column, message, hint));
}
