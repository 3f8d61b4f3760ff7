using Generator.Data;

namespace Generator.Batch;

/// <summary>
/// The recipient file formats both front ends (the CLI and the studio) read: Core's own
/// (<see cref="RecipientFileReaders.Default"/>: CSV, TSV, JSON, YAML) with the XLSX reader of Generator.Data.Xlsx in
/// its place after TSV. Pass it as <see cref="RecipientLoadOptions.Readers"/>; a new format is registered here.
/// </summary>
public static class RecipientReaders
{
    /// <summary>CSV, TSV, XLSX, JSON, YAML, in the order help texts and messages name them.</summary>
    public static IReadOnlyList<IRecipientFileReader> All { get; } =
    [
        .. RecipientFileReaders.Default.Where(r => r.IsTabular),
        XlsxRecipientReader.Instance,
        .. RecipientFileReaders.Default.Where(r => !r.IsTabular),
    ];
}
