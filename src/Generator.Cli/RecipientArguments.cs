using System.Text.RegularExpressions;
using Generator.Batch;
using Generator.Data;

namespace Generator.Cli;

/// <summary>Turns --recipient(s) values into recipients: a selector (builtin:…), a code (011002), or a file (CSV, XLSX, JSON, YAML).</summary>
internal static partial class RecipientArguments
{
    /// <summary>Loads the recipients, writing notes (which sheet was read) to <paramref name="notes"/>; throws on any problem.</summary>
    public static RecipientSet Load(string value, string? sheet, TextWriter notes)
    {
        var argument = CodeOnly().IsMatch(value) && !File.Exists(value) ? $"{RecipientSelector.Prefix}code={value}" : value;
        var set = RecipientLoader.Load(argument, RecipientLoadOptions.Default with { SheetName = sheet });
        foreach (var note in set.Notes) notes.WriteLine(UnsafeCharacters.Escape(note));
        return set.ThrowIfErrors();
    }

    /// <summary>Batch items in recipient order, each with a unique safe file stem.</summary>
    public static List<BatchItem> ToItems(IEnumerable<Recipient> recipients)
    {
        var namer = new OutputFileNamer();
        return recipients.Select(r => new BatchItem(r.Label, namer.GetFileName(r, ""), Fields(r))).ToList();
    }

    public static Dictionary<string, object?> Fields(Recipient recipient) =>
        recipient.Fields.ToDictionary(kv => kv.Key, kv => (object?)kv.Value, StringComparer.Ordinal);

    [GeneratedRegex(@"^[0-9]{5,6}$")]
    private static partial Regex CodeOnly();
}
