using System.Collections.Immutable;
using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>Loads the recipients of a bulk mail merge from a <c>builtin:</c> selector or a recipient file (a format of <see cref="RecipientLoadOptions.Readers"/>).</summary>
public static class RecipientLoader
{
    /// <summary>
    /// Loads recipients. Never throws for bad input: every problem (in the selector, the file, or any row) is collected in
    /// <see cref="RecipientSet.Diagnostics"/>; rows with problems are left out of <see cref="RecipientSet.Recipients"/>.
    /// </summary>
    /// <param name="selectorOrPath">A selector such as <c>builtin:prefecture=北海道</c>, or the path of a recipient file.</param>
    /// <param name="options">Sheet name, directory and file formats; <see cref="RecipientLoadOptions.Default"/> for the usual case.</param>
    public static RecipientSet Load(string selectorOrPath, RecipientLoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(selectorOrPath);
        ArgumentNullException.ThrowIfNull(options);
        var directory = options.Directory ?? LocalGovernmentDirectory.Default;
        var diagnostics = new List<Diagnostic>();
        if (RecipientSelector.IsSelector(selectorOrPath))
        {
            var selection = RecipientSelector.TryParse(selectorOrPath, directory, diagnostics);
            return new RecipientSet(selection?.ToRecipients() ?? [], diagnostics);
        }
        var notes = new List<string>();
        var reader = RecipientFileReader.Choose(selectorOrPath, options.Readers ?? RecipientFileReaders.Default, diagnostics);
        var records = reader?.Read(selectorOrPath, options.SheetName, options.HeaderRow, diagnostics, notes) ?? [];
        var merger = new RecipientMerger(selectorOrPath, directory, diagnostics);
        var merged = new List<(Recipient, RawRecipientRecord)>();
        foreach (var record in records)
            if (merger.Merge(record) is { } recipient) merged.Add((recipient, record));
        var recipients = RecipientDuplicateFinder.RemoveDuplicates(selectorOrPath, merged, reader?.IsTabular ?? false, diagnostics);
        return new RecipientSet(recipients, SortByPlace(diagnostics)) { Notes = notes };
    }

    /// <summary>Orders file diagnostics by line then column (stable), so a reader can walk the file top to bottom.</summary>
    private static IReadOnlyList<Diagnostic> SortByPlace(List<Diagnostic> diagnostics) =>
        diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).ToImmutableArray();
}
