using Generator.Layout;
using Generator.Model;

namespace Generator.Writers.Text;

/// <summary>The text writer's rule for each block kind: the lines a block prints on the 40-character line.</summary>
/// <remarks>The rules of outline items, addressees and the contact box are in their feature folders
/// (src/Generator.Core/Blocks/&lt;Feature&gt;/TextBlockWriter.&lt;Feature&gt;.cs).</remarks>
internal sealed partial class TextBlockWriter(TextLineFormatter format, OutlineGeometry geometry) : IBlockVisitor<IEnumerable<string>>
{
    public IEnumerable<string> Visit(DocumentNumber block) => [format.Right(block.Text)];
    public IEnumerable<string> Visit(DocumentLabel block) => [format.Right(block.Text)];
    public IEnumerable<string> Visit(DateLine block) => [format.Right(block.Text)];
    public IEnumerable<string> Visit(AddresseeGroup block) => Addressees(block);

    public IEnumerable<string> Visit(Sender block) =>
        block.SealOmitted ? [format.Right(block.Text), format.Right(Sender.SealOmittedText)] : [format.Right(block.Text)];

    public IEnumerable<string> Visit(Title block) => [format.Center(block.Text)];
    public IEnumerable<string> Visit(Paragraph block) => ["\u3000" + block.Text];
    public IEnumerable<string> Visit(NoteHeading block) => [format.Center(NoteHeading.Text)];
    public IEnumerable<string> Visit(OutlineItem block) => OutlineItemLines(block, geometry);
    public IEnumerable<string> Visit(ClosingMark block) => [format.Right(ClosingMark.Text)];
    public IEnumerable<string> Visit(Attachment block) => [block.Text];
    public IEnumerable<string> Visit(ContactBlock block) => ContactLines(block, format);
    public IEnumerable<string> Visit(Table block) => [.. block.Rows.Select(row => "| " + string.Join(" | ", row) + " |")];

    public IEnumerable<string> Visit(AlignedLine block) =>
    [
        block.Alignment switch
        {
            LineAlignment.Right => format.Right(block.Text),
            LineAlignment.Center => format.Center(block.Text),
            _ => block.Text,
        },
    ];

    public IEnumerable<string> Visit(BlankLine block) => [""];
    public IEnumerable<string> Visit(PageBreak block) => ["\f"];
}
