namespace Generator.Data;

/// <summary>Builds the ordered field dictionary of a recipient: every known field (empty when unknown), directory values first.</summary>
internal static class RecipientFields
{
    /// <summary>A new ordered dictionary with every known field; filled from <paramref name="entry"/> when given.</summary>
    public static OrderedDictionary<string, string> Create(LocalGovernment? entry)
    {
        // sized for the known fields and a few columns of a recipient file (RecipientMerger): growing from empty was half of
        // reading builtin:all (issue 17)
        var fields = new OrderedDictionary<string, string>(RecipientFieldNames.Known.Count + 8, StringComparer.Ordinal);
        foreach (var name in RecipientFieldNames.Known) fields[name] = "";
        fields[RecipientFieldNames.InService] = "true";
        if (entry is null) return fields;
        fields[RecipientFieldNames.Code] = entry.Code;
        fields[RecipientFieldNames.PrefectureCode] = entry.PrefectureCode;
        fields[RecipientFieldNames.Prefecture] = entry.Prefecture;
        fields[RecipientFieldNames.Name] = entry.Name;
        fields[RecipientFieldNames.Kana] = entry.Kana;
        fields[RecipientFieldNames.Kind] = entry.Kind.ToFieldValue();
        fields[RecipientFieldNames.HeadTitle] = entry.HeadTitle;
        fields[RecipientFieldNames.InService] = entry.InService ? "true" : "false";
        return fields;
    }

    /// <summary>The recipient for a directory entry, unchanged (source: its row in the directory or its change log).</summary>
    public static Recipient FromDirectory(LocalGovernment entry, LocalGovernmentDirectory directory) =>
        ToRecipient(Create(entry), entry.Kind, directory.SourceOf(entry.Code));

    /// <summary>Freezes the fields into a <see cref="Recipient"/>.</summary>
    public static Recipient ToRecipient(OrderedDictionary<string, string> fields, LocalGovernmentKind kind, RecipientSource source) =>
        new(fields[RecipientFieldNames.Code], fields[RecipientFieldNames.Name], kind, fields[RecipientFieldNames.HeadTitle],
            fields[RecipientFieldNames.Prefecture], RecipientFieldValues.From(fields), source);
}
