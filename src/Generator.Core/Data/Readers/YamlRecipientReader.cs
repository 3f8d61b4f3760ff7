using System.Collections.Immutable;
using Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Generator.Data;

/// <summary>
/// Reads a YAML recipient file: a sequence of flat mappings. Scalars are taken as written (011002 keeps its zero;
/// nothing is converted to numbers or dates); a plain <c>~</c> or <c>null</c> counts as empty.
/// </summary>
internal sealed class YamlRecipientReader : IRecipientFileReader
{
    /// <summary>The reader registered in <see cref="RecipientFileReaders.Default"/>.</summary>
    public static YamlRecipientReader Instance { get; } = new();

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".yaml", ".yml"];

    /// <inheritdoc/>
    public string DisplayName => "YAML";

    /// <inheritdoc/>
    public bool IsTabular => false;

    /// <inheritdoc/>
    public IReadOnlyList<RawRecipientRecord> Read(string path, string? sheetName, List<Diagnostic> diagnostics, List<string> notes) =>
        RecipientFileReader.ReadText(path, diagnostics, ReadText);

    private static readonly IReadOnlyDictionary<string, int> NoHeader = new Dictionary<string, int>();

    /// <summary>Reads the records of a YAML text (already decoded); problems, with line and column, go to <paramref name="diagnostics"/>.</summary>
    private static List<RawRecipientRecord> ReadText(string file, string text, List<Diagnostic> diagnostics)
    {
        var records = new List<RawRecipientRecord>();
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                diagnostics.Add(new Diagnostic(file, 0, 0, "The file is empty.", "Write a sequence of mappings: - code: \"011002\"."));
                return records;
            }
            parser.Consume<DocumentStart>();
            if (!parser.TryConsume<SequenceStart>(out _))
            {
                var start = parser.Current!.Start;
                diagnostics.Add(new Diagnostic(file, (int)start.Line, (int)start.Column, "The top level must be a sequence of recipient mappings.",
                    "Start each recipient with '- ', e.g. - code: \"011002\"."));
                return records;
            }
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                var start = parser.Current!.Start;
                if (parser.TryConsume<MappingStart>(out _)) records.Add(new RawRecipientRecord((int)start.Line, ReadMapping(file, parser, diagnostics), NoHeader));
                else
                {
                    diagnostics.Add(new Diagnostic(file, (int)start.Line, (int)start.Column, "Each sequence item must be a mapping of fields.",
                        "Write - code: \"011002\" with the fields indented under it."));
                    parser.SkipThisAndNestedEvents();
                }
            }
            if (records.Count == 0 && diagnostics.Count == 0)
                diagnostics.Add(new Diagnostic(file, 1, 1, "The sequence has no recipients.", "Add one mapping per recipient."));
        }
        catch (YamlException ex)
        {
            diagnostics.Add(new Diagnostic(file, (int)ex.Start.Line, (int)ex.Start.Column, $"YAML syntax error: {ex.Message}",
                "Check indentation, colons and quotes near this place."));
        }
        return records;
    }

    private static ImmutableArray<RawRecipientCell> ReadMapping(string file, IParser parser, List<Diagnostic> diagnostics)
    {
        var cells = ImmutableArray.CreateBuilder<RawRecipientCell>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (parser.Current is not Scalar key)
            {
                Report(file, parser.Current!.Start, "A key must be plain text.", diagnostics);
                parser.SkipThisAndNestedEvents();
                parser.SkipThisAndNestedEvents();
                continue;
            }
            parser.MoveNext();
            if (parser.Current is not Scalar scalar)
            {
                Report(file, parser.Current!.Start, $"The value of '{key.Value}' must be plain text (not a list, mapping or alias).", diagnostics);
                parser.SkipThisAndNestedEvents();
                continue;
            }
            parser.MoveNext();
            var text = scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL" ? "" : scalar.Value;
            cells.Add(new RawRecipientCell(RecipientFieldNames.FromHeader(key.Value), text.Trim(), (int)scalar.Start.Line, (int)scalar.Start.Column));
        }
        return cells.ToImmutable();
    }

    private static void Report(string file, Mark at, string message, List<Diagnostic> diagnostics) =>
        diagnostics.Add(new Diagnostic(file, (int)at.Line, (int)at.Column, message, "Write 'field: text', one line per field."));
}
