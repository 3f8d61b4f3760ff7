using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Docx.Styling;
using M = Generator.Model;

namespace Generator.Docx.Blocks;

/// <summary>Blocks that become one paragraph of their own style: numbers, dates, title, body, 記, 以上, 別添, free lines, breaks.</summary>
internal static class SimpleBlockRenderer
{
    public static OpenXmlElement? Render(M.Block block) => block switch
    {
        M.DocumentNumber b => ParagraphFactory.Styled(StyleIds.DocumentNumber, b.Text),
        M.DocumentLabel b => ParagraphFactory.Styled(StyleIds.DocumentLabel, b.Text),
        M.DateLine b => ParagraphFactory.Styled(StyleIds.DateLine, b.Text),
        M.Title b => ParagraphFactory.Styled(StyleIds.Title, b.Text),
        M.Paragraph b => ParagraphFactory.Styled(StyleIds.Paragraph, b.Text),
        M.NoteHeading => ParagraphFactory.Styled(StyleIds.NoteHeading, M.NoteHeading.Text),
        M.ClosingMark => ParagraphFactory.Styled(StyleIds.ClosingMark, M.ClosingMark.Text),
        M.Attachment b => ParagraphFactory.Styled(StyleIds.Attachment, b.Text),
        M.AlignedLine b => ParagraphFactory.Styled(AlignedStyle(b.Alignment), b.Text),
        M.BlankLine => ParagraphFactory.Empty(),
        M.PageBreak => new Paragraph(new Run(new Break { Type = BreakValues.Page })),
        _ => null,
    };

    private static string AlignedStyle(M.LineAlignment alignment) => alignment switch
    {
        M.LineAlignment.Center => StyleIds.AlignedCenter,
        M.LineAlignment.Right => StyleIds.AlignedRight,
        _ => StyleIds.AlignedLeft,
    };
}
