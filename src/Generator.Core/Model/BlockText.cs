namespace Generator.Model;

/// <summary>The texts a block prints, in reading order (for glyph checks, searches and fingerprints).</summary>
public static class BlockText
{
    /// <summary>Every text of <paramref name="block"/>, e.g. an outline item's label, text and continuations.</summary>
    public static IEnumerable<string> Of(Block block) => block.Accept(Texts.Instance);

    private sealed class Texts : IBlockVisitor<IEnumerable<string>>
    {
        public static readonly Texts Instance = new();

        public IEnumerable<string> Visit(DocumentNumber block) => [block.Text];
        public IEnumerable<string> Visit(DocumentLabel block) => [block.Text];
        public IEnumerable<string> Visit(DateLine block) => [block.Text];
        public IEnumerable<string> Visit(AddresseeGroup block) => block.Honorific is null ? block.Lines : [.. block.Lines, block.Honorific];
        public IEnumerable<string> Visit(Sender block) => block.SealOmitted ? [block.Text, Sender.SealOmittedText] : [block.Text];
        public IEnumerable<string> Visit(Title block) => [block.Text];
        public IEnumerable<string> Visit(Paragraph block) => [block.Text];
        public IEnumerable<string> Visit(NoteHeading block) => [NoteHeading.Text];
        public IEnumerable<string> Visit(OutlineItem block) => [block.Label, block.Text, .. block.Continuations];
        public IEnumerable<string> Visit(ClosingMark block) => [ClosingMark.Text];
        public IEnumerable<string> Visit(Attachment block) => [block.Text];
        public IEnumerable<string> Visit(ContactBlock block) => block.Lines;
        public IEnumerable<string> Visit(Table block) => block.Rows.SelectMany(row => row);
        public IEnumerable<string> Visit(AlignedLine block) => [block.Text];
        public IEnumerable<string> Visit(BlankLine block) => [];
        public IEnumerable<string> Visit(PageBreak block) => [];
    }
}
