using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>Reads a recipient file into raw records, choosing the reader by extension (.csv, .tsv, .txt, .xlsx, .json, .yaml, .yml).</summary>
internal static class RecipientFileReader
{
    /// <summary>True for formats whose records are spreadsheet rows (header = row 1), false for JSON/YAML (lines).</summary>
    public static bool IsTabular(string path) => Extension(path) is ".csv" or ".tsv" or ".txt" or ".xlsx" or ".xlsm";

    /// <summary>Reads the raw records of <paramref name="path"/>; problems go to <paramref name="diagnostics"/>, notes (which sheet was read) to <paramref name="notes"/>.</summary>
    public static List<RawRecipientRecord> Read(string path, string? sheetName, List<Diagnostic> diagnostics, List<string>? notes = null)
    {
        if (!File.Exists(path))
        {
            diagnostics.Add(new Diagnostic(path, 0, 0, "Recipient file not found.",
                $"Check the path, or use a selector such as builtin:all ({RecipientSelector.Prefix}…)."));
            return [];
        }
        switch (Extension(path))
        {
            case ".csv" or ".txt":
                return CsvRecipientReader.Read(path, File.ReadAllBytes(path), ',', diagnostics);
            case ".tsv":
                return CsvRecipientReader.Read(path, File.ReadAllBytes(path), '\t', diagnostics);
            case ".xlsx" or ".xlsm":
                using (var stream = File.OpenRead(path)) return XlsxRecipientReader.Read(path, stream, sheetName, diagnostics, notes);
            case ".json":
                return ReadText(path, diagnostics, JsonRecipientReader.Read);
            case ".yaml" or ".yml":
                return ReadText(path, diagnostics, YamlRecipientReader.Read);
            case ".xls":
                diagnostics.Add(new Diagnostic(path, 0, 0, "The old .xls format is not supported.", "Save the workbook as .xlsx (Excel ブック)."));
                return [];
            default:
                diagnostics.Add(new Diagnostic(path, 0, 0, $"Unsupported recipient file type '{Path.GetExtension(path)}'.",
                    "Use .csv, .tsv, .xlsx, .json, .yaml or .yml."));
                return [];
        }
    }

    private static List<RawRecipientRecord> ReadText(string path, List<Diagnostic> diagnostics, Func<string, string, List<Diagnostic>, List<RawRecipientRecord>> reader)
    {
        if (TextEncodingDetector.TryDecode(File.ReadAllBytes(path), out var text, out _, out var error, out var line))
            return reader(path, text, diagnostics);
        diagnostics.Add(new Diagnostic(path, line, 0, error!, "Save the file as UTF-8."));
        return [];
    }

    private static string Extension(string path) => Path.GetExtension(path).ToLowerInvariant();
}
