using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>
/// A reader of one recipient file format (宛先ファイルの形式), chosen by the file's extension. The registered list
/// (<see cref="RecipientFileReaders.Default"/>, or <see cref="RecipientLoadOptions.Readers"/>) is the one place that
/// says which extensions are read: the loader, the CLI's help text and the "Use .csv, …" message are derived from it.
/// </summary>
public interface IRecipientFileReader
{
    /// <summary>Extensions read, in lower case with the dot, the usual one first (<c>.csv</c>, <c>.txt</c>).</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Name of the format in help text, e.g. <c>CSV</c>.</summary>
    string DisplayName { get; }

    /// <summary>True when records are spreadsheet rows (header = row 1, problems named by row); false when they are
    /// objects at lines (JSON, YAML).</summary>
    bool IsTabular { get; }

    /// <summary>True when a file holds several sheets and <see cref="RecipientLoadOptions.SheetName"/> chooses one.</summary>
    bool HasSheets => false;

    /// <summary>
    /// Reads the raw records of <paramref name="path"/>, an existing file with one of <see cref="Extensions"/>. Never
    /// throws for bad input: problems go to <paramref name="diagnostics"/>, notes (which sheet was read) to
    /// <paramref name="notes"/>.
    /// </summary>
    IReadOnlyList<RawRecipientRecord> Read(string path, string? sheetName, List<Diagnostic> diagnostics, List<string> notes);

    /// <summary>
    /// As <see cref="Read(string, string?, List{Diagnostic}, List{string})"/>, with the header on spreadsheet row
    /// <paramref name="headerRow"/> (<see cref="RecipientLoadOptions.HeaderRow"/>; null: found in the first rows). A
    /// reader without a header row ignores it.
    /// </summary>
    IReadOnlyList<RawRecipientRecord> Read(string path, string? sheetName, int? headerRow, List<Diagnostic> diagnostics, List<string> notes) =>
        Read(path, sheetName, diagnostics, notes);
}
