using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>Reads a JSON recipient file: an array of flat objects whose values are strings, numbers, booleans or null.</summary>
internal sealed partial class JsonRecipientReader : IRecipientFileReader
{
    /// <summary>The reader registered in <see cref="RecipientFileReaders.Default"/>.</summary>
    public static JsonRecipientReader Instance { get; } = new();

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = [".json"];

    /// <inheritdoc/>
    public string DisplayName => "JSON";

    /// <inheritdoc/>
    public bool IsTabular => false;

    /// <inheritdoc/>
    public IReadOnlyList<RawRecipientRecord> Read(string path, string? sheetName, List<Diagnostic> diagnostics, List<string> notes) =>
        RecipientFileReader.ReadText(path, diagnostics, ReadText);

    private static readonly IReadOnlyDictionary<string, int> NoHeader = new Dictionary<string, int>();

    /// <summary>Reads the records of a JSON text (already decoded); problems, with line and column, go to <paramref name="diagnostics"/>.</summary>
    private static List<RawRecipientRecord> ReadText(string file, string text, List<Diagnostic> diagnostics)
    {
        var records = new List<RawRecipientRecord>();
        var bytes = Encoding.UTF8.GetBytes(text);
        var positions = new TextPositionMap(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (string.IsNullOrWhiteSpace(text) || !reader.Read())
            {
                diagnostics.Add(new Diagnostic(file, 0, 0, "The file is empty.", "Write an array of objects: [{\"code\": \"011002\"}]."));
                return records;
            }
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                var (line, column) = positions.At(reader.TokenStartIndex);
                diagnostics.Add(new Diagnostic(file, line, column, "The top level must be an array of recipient objects.",
                    "Write [{\"code\": \"011002\"}, …]."));
                return records;
            }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var (line, column) = positions.At(reader.TokenStartIndex);
                if (reader.TokenType == JsonTokenType.StartObject) records.Add(new RawRecipientRecord(line, ReadObject(file, ref reader, positions, diagnostics), NoHeader));
                else
                {
                    diagnostics.Add(new Diagnostic(file, line, column, "Each array item must be an object of fields.", "Write {\"code\": \"011002\"}."));
                    reader.Skip();
                }
            }
            if (records.Count == 0 && diagnostics.Count == 0)
                diagnostics.Add(new Diagnostic(file, 1, 1, "The array has no recipients.", "Add one object per recipient."));
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? -1) + 1;
            var column = positions.ColumnOf(line, (int)(ex.BytePositionInLine ?? -1));
            diagnostics.Add(new Diagnostic(file, line, column, $"JSON syntax error: {Trim(ex.Message)}", "Check quotes, commas and brackets near this place."));
        }
        return records;
    }

    private static ImmutableArray<RawRecipientCell> ReadObject(string file, ref Utf8JsonReader reader, TextPositionMap positions, List<Diagnostic> diagnostics)
    {
        var cells = ImmutableArray.CreateBuilder<RawRecipientCell>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString() ?? "";
            reader.Read();
            var (line, column) = positions.At(reader.TokenStartIndex);
            if (reader.TokenType == JsonTokenType.String && !TryGetString(ref reader, out var surrogate))
            {
                diagnostics.Add(new Diagnostic(file, line, column, $"The value of '{key}' contains the lone surrogate {surrogate}, which is not a character.",
                    "Retype the value; an escape of U+D800 to U+DFFF must be one half of a surrogate pair."));
                continue;
            }
            string? value = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                JsonTokenType.True => "true",
                JsonTokenType.False => "false",
                JsonTokenType.Null => "",
                _ => null,
            };
            if (value is null)
            {
                diagnostics.Add(new Diagnostic(file, line, column, $"The value of '{key}' must be text, not an object or array.", "Write the value as a string."));
                reader.Skip();
                continue;
            }
            cells.Add(new RawRecipientCell(RecipientFieldNames.FromHeader(key), value.Trim(), line, column, reader.TokenType == JsonTokenType.Number));
        }
        return cells.ToImmutable();
    }

    /// <summary>False, with the escape named as U+D800, when the string holds a lone surrogate (GetString would throw).</summary>
    private static bool TryGetString(ref Utf8JsonReader reader, out string surrogate)
    {
        surrogate = "";
        try
        {
            reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            var raw = Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
            var escape = LoneSurrogateEscape().Match(raw);
            surrogate = escape.Success ? "U+" + escape.Groups[1].Value.ToUpperInvariant() : "(\\u escape)";
            return false;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\\u([dD][89a-fA-F][0-9a-fA-F]{2})")]
    private static partial System.Text.RegularExpressions.Regex LoneSurrogateEscape();

    private static string Trim(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
