namespace Generator.Data;

/// <summary>Options for <see cref="RecipientLoader.Load"/>.</summary>
public sealed record RecipientLoadOptions
{
    /// <summary>Default options: first sheet, built-in directory, the default formats.</summary>
    public static RecipientLoadOptions Default { get; } = new();

    /// <summary>XLSX sheet to read (exact name, else case-insensitive); null reads the first sheet.</summary>
    public string? SheetName { get; init; }

    /// <summary>Spreadsheet row (1-based, as Excel shows it) holding the column headers of a CSV/XLSX file; null finds
    /// it in the first rows (title rows above it are skipped, see <c>TabularHeaderFinder</c>).</summary>
    public int? HeaderRow { get; init; }

    /// <summary>Directory that codes are looked up in; null means <see cref="LocalGovernmentDirectory.Default"/>.</summary>
    public LocalGovernmentDirectory? Directory { get; init; }

    /// <summary>Recipient file formats read, chosen by extension; null means <see cref="RecipientFileReaders.Default"/>.</summary>
    public IReadOnlyList<IRecipientFileReader>? Readers { get; init; }
}
