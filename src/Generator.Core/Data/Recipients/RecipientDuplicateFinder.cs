using System.Collections.Immutable;
using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>Finds recipients that appear twice (same code, or for code-less bodies the same name and kind) and keeps the first.</summary>
internal static class RecipientDuplicateFinder
{
    /// <summary>The recipients without repeats; each repeat is reported at its own row, naming the row of the first.</summary>
    public static ImmutableArray<Recipient> RemoveDuplicates(
        string file, IEnumerable<(Recipient Recipient, RawRecipientRecord Record)> merged, bool tabular, List<Diagnostic> diagnostics)
    {
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<Recipient>();
        var unit = tabular ? "rows" : "lines";
        foreach (var (recipient, record) in merged)
        {
            var key = recipient.Code.Length > 0 ? recipient.Code : $"{recipient.Name}\u0000{recipient.Kind}";
            if (firstRow.TryAdd(key, record.Row))
            {
                result.Add(recipient);
                continue;
            }
            var field = recipient.Code.Length > 0 ? RecipientFieldNames.Code : RecipientFieldNames.Name;
            var (line, column) = record.Locate(field);
            var what = recipient.Code.Length > 0 ? $"code {recipient.Code} ({recipient.Name})" : $"{recipient.Name} ({recipient.Kind.ToFieldValue()})";
            diagnostics.Add(new Diagnostic(file, line, column, $"Duplicate recipient: {what} is on {unit} {firstRow[key]} and {record.Row}.",
                "Delete one of the two; each body receives one document."));
        }
        return result.ToImmutable();
    }
}
