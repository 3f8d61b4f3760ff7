using Generator.Layout;
using Generator.Model;

namespace Generator.Writers.Text;

/// <summary>The text writer's rule for each block kind: the lines a block prints on the 40-character line.</summary>
internal sealed class TextBlockWriter(TextLineFormatter format, OutlineGeometry geometry) : IBlockVisitor<IEnumerable<string>>
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

    public IEnumerable<string> Visit(OutlineItem block)
    {
        var tokenStart = geometry.Left(block.Level) - geometry.Hanging(block.Level);
        return [TextLineFormatter.At(tokenStart, block.Label + block.Separator + block.Text),
            .. block.Continuations.Select(c => TextLineFormatter.At(geometry.Left(block.Level), "\u3000" + c))];
    }

    public IEnumerable<string> Visit(ClosingMark block) => [format.Right(ClosingMark.Text)];
    public IEnumerable<string> Visit(Attachment block) => [block.Text];

    public IEnumerable<string> Visit(ContactBlock block)
    {
        var widest = block.Lines.Select(CharacterWidth.Of).DefaultIfEmpty(0).Max();
        return [.. block.Lines.Select(l => format.Right(l + TextLineFormatter.Pad(widest - CharacterWidth.Of(l))))];
    }

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

    /// <summary>Addressees on the left; a shared honorific right of the longest line, between the middle lines (as read down the page).</summary>
    private static List<string> Addressees(AddresseeGroup group)
    {
        if (group.Honorific is null) return [.. group.Lines];
        if (group.Lines.Length == 1) return [group.Lines[0] + "\u3000" + group.Honorific];
        var lines = new List<string>();
        var column = group.Lines.Max(CharacterWidth.Of) + 1;
        var half = group.Lines.Length / 2;
        for (var i = 0; i < group.Lines.Length; i++)
        {
            if (group.Lines.Length % 2 == 0 && i == half) lines.Add(TextLineFormatter.At(column, group.Honorific));
            var line = group.Lines[i];
            if (group.Lines.Length % 2 == 1 && i == half)
                line += TextLineFormatter.Pad(column - CharacterWidth.Of(line)) + group.Honorific;
            lines.Add(line);
        }
        return lines;
    }
}
