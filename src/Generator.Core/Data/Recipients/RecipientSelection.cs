using System.Collections.Immutable;

namespace Generator.Data;

/// <summary>The result of a <c>builtin:</c> selector: directory entries in code order.</summary>
/// <param name="Selector">The selector as given.</param>
/// <param name="Entries">The selected entries, in directory (code) order, without repeats.</param>
/// <param name="Directory">The directory they were selected from.</param>
public sealed record RecipientSelection(string Selector, ImmutableArray<LocalGovernment> Entries, LocalGovernmentDirectory Directory)
{
    /// <summary>The entries as recipients (fields from the directory; source = row of local-governments.csv).</summary>
    public ImmutableArray<Recipient> ToRecipients() => [.. Entries.Select(e => RecipientFields.FromDirectory(e, Directory))];
}
