using Generator.Data;

namespace Generator.Batch;

/// <summary>Recipients as batch items: what every front end hands to <see cref="BatchRunner"/>.</summary>
public static class BatchItems
{
    /// <summary>Batch items in recipient order, each with a unique safe file stem.</summary>
    public static List<BatchItem> From(IEnumerable<Recipient> recipients)
    {
        var namer = new OutputFileNamer();
        // the fields are the recipient's own, seen through a view: no copy per recipient (issue 17: flat memory)
        return recipients.Select(r => new BatchItem(r.Label, namer.GetFileName(r, ""), new RecipientFieldsView(r.Fields))).ToList();
    }

    /// <summary>A recipient's fields as the template sees them (<c>recipient</c>).</summary>
    public static Dictionary<string, object?> FieldsOf(Recipient recipient) =>
        recipient.Fields.ToDictionary(kv => kv.Key, kv => (object?)kv.Value, StringComparer.Ordinal);
}
