namespace Generator.Docx.Styling;

/// <summary>Style identifiers (English, stable) written into styles.xml; the display names are Japanese.</summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string DefaultParagraphFont = "DefaultParagraphFont";
    public const string TableNormal = "TableNormal";
    public const string Footer = "Footer";

    public const string DocumentNumber = "DocumentNumber";
    public const string DocumentLabel = "DocumentLabel";
    public const string DateLine = "DateLine";
    public const string AddresseeGroup = "AddresseeGroup";
    public const string Honorific = "Honorific";
    public const string Sender = "Sender";
    public const string SealNote = "SealNote";
    public const string Title = "Title";
    public const string Paragraph = "Paragraph";
    public const string NoteHeading = "NoteHeading";
    public const string ClosingMark = "ClosingMark";
    public const string Attachment = "Attachment";
    public const string ContactBlock = "ContactBlock";
    public const string TableText = "TableText";
    public const string TableHeading = "TableHeading";
    public const string AlignedLeft = "AlignedLeft";
    public const string AlignedCenter = "AlignedCenter";
    public const string AlignedRight = "AlignedRight";

    public const string BorderedTable = "BorderedTable";
    public const string LayoutTable = "LayoutTable";

    /// <summary>Style of an outline item's first paragraph at <paramref name="level"/> (1-based).</summary>
    public static string Outline(int level) => $"Outline{level}";

    /// <summary>Style of an outline item's further paragraphs at <paramref name="level"/>.</summary>
    public static string OutlineContinuation(int level) => $"Outline{level}Continuation";
}
