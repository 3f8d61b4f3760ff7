namespace Generator.Model;

/// <summary>What a block's output depends on beyond its texts (<see cref="BlockText"/>): an outline item's depth, a
/// sender's seal note, a line's alignment, a table's header and widths. Fingerprints hash it with the texts.</summary>
public static class BlockSettings
{
    /// <summary>The settings of <paramref name="block"/> as one string, or null for a kind whose texts say everything.
    /// Example: an outline item at depth 2 → "2".</summary>
    public static string? Of(Block block) => block.Accept(Settings.Instance);

    private sealed class Settings : IBlockVisitor<string?>
    {
        public static readonly Settings Instance = new();

        public string? Visit(DocumentNumber block) => null;
        public string? Visit(DocumentLabel block) => null;
        public string? Visit(DateLine block) => null;
        public string? Visit(AddresseeGroup block) => null;
        public string? Visit(Sender block) => block.SealOmitted.ToString();
        public string? Visit(Title block) => null;
        public string? Visit(Paragraph block) => null;
        public string? Visit(NoteHeading block) => null;
        public string? Visit(OutlineItem block) => $"{block.Level}";
        public string? Visit(ClosingMark block) => null;
        public string? Visit(Attachment block) => null;
        public string? Visit(ContactBlock block) => null;
        public string? Visit(Table block) => $"{block.HasHeader}{string.Join(",", block.ColumnWidths)}{block.ColumnCount}";
        public string? Visit(AlignedLine block) => block.Alignment.ToString();
        public string? Visit(BlankLine block) => null;
        public string? Visit(PageBreak block) => null;
    }
}
