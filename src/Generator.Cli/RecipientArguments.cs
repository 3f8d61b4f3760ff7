using System.Globalization;
using System.Text.RegularExpressions;
using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Cli;

/// <summary>Turns --recipient(s) values into recipients: a selector (builtin:…), a code (011002), or a file of one of <see cref="Readers"/>.</summary>
internal static partial class RecipientArguments
{
    /// <summary>The recipient file formats the CLI reads; the help of --recipient(s) and --sheet is derived from them.</summary>
    public static IReadOnlyList<IRecipientFileReader> Readers => Batch.RecipientReaders.All;

    /// <summary>The formats for help text: <c>CSV/TSV/XLSX/JSON/YAML</c>.</summary>
    public static string FileFormatNames => RecipientFileReaders.DisplayNames(Readers);

    /// <summary>The formats with sheets, for the help of --sheet: <c>XLSX</c>.</summary>
    public static string SheetFormatNames => RecipientFileReaders.SheetFormatNames(Readers);

    /// <summary>Loads recipients, looking codes and selectors up in <paramref name="directory"/> (null: today's names),
    /// writing notes (which sheet was read, where the header was found) to <paramref name="notes"/>; throws on any problem.</summary>
    public static RecipientSet Load(string value, string? sheet, LocalGovernmentDirectory? directory, TextWriter notes, int? headerRow = null)
    {
        var argument = CodeOnly().IsMatch(value) && !File.Exists(value) ? $"{RecipientSelector.Prefix}code={value}" : value;
        var set = RecipientLoader.Load(argument, RecipientLoadOptions.Default with { SheetName = sheet, HeaderRow = headerRow, Directory = directory, Readers = Readers });
        foreach (var note in set.Notes) notes.WriteLine(UnsafeCharacters.Escape(note));
        return set.ThrowIfErrors();
    }

    /// <summary>
    /// The directory as on the document's date: <c>--as-of</c> when given, else the notice's <c>date</c> field (ISO), else
    /// today's. A notice date that is not an ISO date is left to the template to report.
    /// </summary>
    /// <exception cref="GeneratorException">--as-of is not a date YYYY-MM-DD.</exception>
    public static LocalGovernmentDirectory DirectoryFor(string? asOf, IReadOnlyDictionary<string, object?> notice)
    {
        if (asOf is not null)
        {
            if (!TryParseDate(asOf, out var day))
                throw new GeneratorException(new Diagnostic("--as-of", 0, 0, $"'{asOf}' is not a date.", "Write the date as YYYY-MM-DD, e.g. --as-of 2018-07-10."));
            return LocalGovernmentDirectory.Default.AsOf(day);
        }
        return notice.TryGetValue("date", out var value) && value is string text && TryParseDate(text, out var date)
            ? LocalGovernmentDirectory.Default.AsOf(date)
            : LocalGovernmentDirectory.Default;
    }

    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    [GeneratedRegex(@"^[0-9]{5,6}$")]
    private static partial Regex CodeOnly();
}
