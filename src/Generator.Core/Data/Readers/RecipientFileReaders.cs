namespace Generator.Data;

/// <summary>The registry of recipient file formats, and the texts derived from a list of readers.</summary>
public static class RecipientFileReaders
{
    /// <summary>The formats Core reads itself: CSV, TSV, JSON, YAML. XLSX lives in Generator.Data.Xlsx (so that Core does not
    /// read Office packages); the front ends read <c>Generator.Batch.RecipientReaders.All</c>, which adds it.</summary>
    public static IReadOnlyList<IRecipientFileReader> Default { get; } =
        [CsvRecipientReader.Csv, CsvRecipientReader.Tsv, JsonRecipientReader.Instance, YamlRecipientReader.Instance];

    /// <summary>The reader of <paramref name="path"/>'s extension (ignoring case), or null when none reads it.</summary>
    public static IRecipientFileReader? Find(IEnumerable<IRecipientFileReader> readers, string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return readers.FirstOrDefault(r => r.Extensions.Contains(extension));
    }

    /// <summary>Every extension, in registry order, for a message: <c>.csv, .tsv or .json</c>.</summary>
    public static string ExtensionList(IEnumerable<IRecipientFileReader> readers) => JoinOr(readers.SelectMany(r => r.Extensions).ToList());

    /// <summary>The display names joined by slashes for help text: <c>CSV/TSV/XLSX/JSON/YAML</c>.</summary>
    public static string DisplayNames(IEnumerable<IRecipientFileReader> readers) => string.Join("/", readers.Select(r => r.DisplayName));

    /// <summary>The display names of the formats that have sheets (<see cref="IRecipientFileReader.HasSheets"/>), joined by slashes.</summary>
    public static string SheetFormatNames(IEnumerable<IRecipientFileReader> readers) => DisplayNames(readers.Where(r => r.HasSheets));

    private static string JoinOr(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1];
}
