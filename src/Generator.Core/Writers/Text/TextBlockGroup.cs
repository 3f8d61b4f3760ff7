using Generator.Model;

namespace Generator.Writers.Text;

/// <summary>Which run of blocks a block belongs to in the text writer: a blank line separates two blocks of different
/// groups (the header lines form one group, consecutive paragraphs another, and so on).</summary>
internal sealed class TextBlockGroup : IBlockVisitor<string>
{
    private static readonly TextBlockGroup Instance = new();

    /// <summary>The group of <paramref name="block"/>, e.g. "header" for a document number, date or label.</summary>
    public static string Of(Block block) => block.Accept(Instance);

    public string Visit(DocumentNumber block) => "header";
    public string Visit(DocumentLabel block) => "header";
    public string Visit(DateLine block) => "header";
    public string Visit(AddresseeGroup block) => nameof(AddresseeGroup);
    public string Visit(Sender block) => "sender";
    public string Visit(Title block) => nameof(Title);
    public string Visit(Paragraph block) => "body";
    public string Visit(NoteHeading block) => nameof(NoteHeading);
    public string Visit(OutlineItem block) => "outline";
    public string Visit(ClosingMark block) => nameof(ClosingMark);
    public string Visit(Attachment block) => "attachment";
    public string Visit(ContactBlock block) => nameof(ContactBlock);
    public string Visit(Table block) => nameof(Table);
    public string Visit(AlignedLine block) => nameof(AlignedLine);
    public string Visit(BlankLine block) => nameof(BlankLine);
    public string Visit(PageBreak block) => nameof(PageBreak);
}
