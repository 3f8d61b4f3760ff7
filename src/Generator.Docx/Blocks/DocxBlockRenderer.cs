using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Docx.Styling;
using Generator.Layout;
using M = Generator.Model;

namespace Generator.Docx.Blocks;

/// <summary>The DOCX writer's rule for each block kind: the body elements a block becomes. Blocks of one paragraph in
/// their own style (numbers, dates, title, body, 記, 以上, 別添, free lines, breaks) are made here; the others have a
/// renderer of their own.</summary>
internal sealed class DocxBlockRenderer(BlockRenderContext context) : M.IBlockVisitor<IEnumerable<OpenXmlElement>>
{
    public IEnumerable<OpenXmlElement> Visit(M.DocumentNumber block) => [ParagraphFactory.Styled(StyleIds.DocumentNumber, block.Text)];
    public IEnumerable<OpenXmlElement> Visit(M.DocumentLabel block) => [ParagraphFactory.Styled(StyleIds.DocumentLabel, block.Text)];
    public IEnumerable<OpenXmlElement> Visit(M.DateLine block) => [ParagraphFactory.Styled(StyleIds.DateLine, block.Text)];
    public IEnumerable<OpenXmlElement> Visit(M.AddresseeGroup block) => AddresseeRenderer.Render(block, context);
    public IEnumerable<OpenXmlElement> Visit(M.Sender block) => SenderRenderer.Render(block, context);
    public IEnumerable<OpenXmlElement> Visit(M.Title block) => [ParagraphFactory.Styled(StyleIds.Title, block.Text)];
    public IEnumerable<OpenXmlElement> Visit(M.Paragraph block) => [ParagraphFactory.Styled(StyleIds.Paragraph, block.Text)];
    public IEnumerable<OpenXmlElement> Visit(M.NoteHeading block) => [ParagraphFactory.Styled(StyleIds.NoteHeading, M.NoteHeading.Text)];
    public IEnumerable<OpenXmlElement> Visit(M.OutlineItem block) => OutlineItemRenderer.Render(block, context);
    public IEnumerable<OpenXmlElement> Visit(M.ClosingMark block) => [ParagraphFactory.Styled(StyleIds.ClosingMark, M.ClosingMark.Text)];
    public IEnumerable<OpenXmlElement> Visit(M.Attachment block) => [ParagraphFactory.Styled(StyleIds.Attachment, block.Text)];

    /// <summary>The box; a contact block without lines prints nothing.</summary>
    public IEnumerable<OpenXmlElement> Visit(M.ContactBlock block) => block.Lines.IsDefaultOrEmpty ? [] : ContactBlockRenderer.Render(block, context);

    /// <summary>The table with the shared spacing table's empty lines above it (so it does not touch the heading above);
    /// its space below, so it does not touch the text below, is the next paragraph's (<see cref="TableFollower"/>); a table
    /// without columns prints nothing.</summary>
    public IEnumerable<OpenXmlElement> Visit(M.Table block)
    {
        if (block.ColumnCount == 0) return [];
        return [.. ParagraphFactory.Spacers(BlockSpacing.Of(block).BeforeLines), DataTableRenderer.Render(block, context)];
    }

    public IEnumerable<OpenXmlElement> Visit(M.AlignedLine block) => [ParagraphFactory.Styled(AlignedStyle(block.Alignment), block.Text)];
    public IEnumerable<OpenXmlElement> Visit(M.BlankLine block) => [ParagraphFactory.Empty()];
    public IEnumerable<OpenXmlElement> Visit(M.PageBreak block) => [new Paragraph(new Run(new Break { Type = BreakValues.Page }))];

    private static string AlignedStyle(M.LineAlignment alignment) => alignment switch
    {
        M.LineAlignment.Center => StyleIds.AlignedCenter,
        M.LineAlignment.Right => StyleIds.AlignedRight,
        _ => StyleIds.AlignedLeft,
    };
}
