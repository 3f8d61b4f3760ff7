using CsvHelper;
using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>Reads a CSV (or TSV) recipient file with CsvHelper, after detecting its encoding; every value stays text.</summary>
internal sealed class CsvRecipientReader(string displayName, char delimiter, params string[] extensions) : IRecipientFileReader
{
    /// <summary>Comma-separated values (.csv, .txt).</summary>
    public static CsvRecipientReader Csv { get; } = new("CSV", ',', ".csv", ".txt");

    /// <summary>Tab-separated values (.tsv).</summary>
    public static CsvRecipientReader Tsv { get; } = new("TSV", '\t', ".tsv");

    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = extensions;

    /// <inheritdoc/>
    public string DisplayName => displayName;

    /// <inheritdoc/>
    public bool IsTabular => true;

    /// <inheritdoc/>
    public IReadOnlyList<RawRecipientRecord> Read(string path, string? sheetName, List<Diagnostic> diagnostics, List<string> notes) =>
        Read(path, sheetName, null, diagnostics, notes);

    /// <inheritdoc/>
    public IReadOnlyList<RawRecipientRecord> Read(string path, string? sheetName, int? headerRow, List<Diagnostic> diagnostics, List<string> notes) =>
        Read(path, File.ReadAllBytes(path), delimiter, new TabularHeader(headerRow, notes), diagnostics);

    /// <summary>Reads the records of a CSV file given as bytes; problems go to <paramref name="diagnostics"/>.</summary>
    private static List<RawRecipientRecord> Read(string file, byte[] bytes, char delimiter, TabularHeader header, List<Diagnostic> diagnostics)
    {
        if (!TextEncodingDetector.TryDecode(bytes, out var text, out _, out var error, out var errorLine))
        {
            diagnostics.Add(new Diagnostic(file, errorLine, 0, error!,
                "Save the file as UTF-8 (Excel: 「CSV UTF-8 (コンマ区切り)」) or as Shift_JIS (「CSV (コンマ区切り)」)."));
            return [];
        }
        return TabularRecordBuilder.Build(file, ReadRows(file, text, delimiter, diagnostics), header, diagnostics);
    }

    private static List<TabularRow> ReadRows(string file, string text, char delimiter, List<Diagnostic> diagnostics)
    {
        var rows = new List<TabularRow>();
        var options = new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = false,
            Mode = CsvMode.Rfc4180,
            SkipEmptyLines = false, // blank lines still count, so row numbers match what Excel shows
            TrimWhitespace = false,
            DetectSeparatorHint = false,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = bad => diagnostics.Add(new Diagnostic(file, (int)bad.RecordNumber, 0,
                $"Badly quoted CSV field ({bad.Reason}): {Shorten(bad.RawRecord)}",
                "A quoted field must end with a quote right before the comma; write a quote inside it as \"\".")),
        };
        using var reader = CsvReader.FromText(text, options);
        while (reader.Read())
        {
            var cells = new TabularCell[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = new TabularCell(i + 1, reader.GetString(i));
            rows.Add(new TabularRow((int)reader.RowNumber, cells));
        }
        return rows;
    }

    private static string Shorten(string raw)
    {
        var line = raw.TrimEnd('\r', '\n').ReplaceLineEndings("⏎");
        return line.Length <= 60 ? line : line[..60] + "…";
    }
}
