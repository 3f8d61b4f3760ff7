using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>Chooses the reader of a recipient file from a list of readers (<see cref="RecipientFileReaders"/>) by its extension.</summary>
internal static class RecipientFileReader
{
    /// <summary>The reader for <paramref name="path"/>, or null after reporting a missing file or an unsupported extension.</summary>
    public static IRecipientFileReader? Choose(string path, IReadOnlyList<IRecipientFileReader> readers, List<Diagnostic> diagnostics)
    {
        if (!File.Exists(path))
        {
            diagnostics.Add(new Diagnostic(path, 0, 0, "Recipient file not found.",
                $"Check the path, or use a selector such as builtin:all ({RecipientSelector.Prefix}…)."));
            return null;
        }
        if (RecipientFileReaders.Find(readers, path) is { } reader) return reader;
        if (Path.GetExtension(path).Equals(".xls", StringComparison.OrdinalIgnoreCase))
            diagnostics.Add(new Diagnostic(path, 0, 0, "The old .xls format is not supported.", "Save the workbook as .xlsx (Excel ブック)."));
        else if (IsWorkbook(path))
            diagnostics.Add(new Diagnostic(path, 0, 0, "This program was built without the XLSX reader, so it cannot read an Excel workbook.",
                $"Save the sheet as CSV (CSV UTF-8) and give that file, or use {RecipientFileReaders.ExtensionList(readers)}."));
        else
            diagnostics.Add(new Diagnostic(path, 0, 0, $"Unsupported recipient file type '{Path.GetExtension(path)}'.",
                $"Use {RecipientFileReaders.ExtensionList(readers)}."));
        return null;
    }

    private static bool IsWorkbook(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".xlsx" or ".xlsm";

    /// <summary>Reads a text format (JSON, YAML) after detecting its encoding; an undecodable file is reported and gives no records.</summary>
    public static IReadOnlyList<RawRecipientRecord> ReadText(string path, List<Diagnostic> diagnostics,
        Func<string, string, List<Diagnostic>, List<RawRecipientRecord>> reader)
    {
        if (TextEncodingDetector.TryDecode(File.ReadAllBytes(path), out var text, out _, out var error, out var line))
            return reader(path, text, diagnostics);
        diagnostics.Add(new Diagnostic(path, line, 0, error!, "Save the file as UTF-8."));
        return [];
    }
}
