using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Layout;
using M = Generator.Model;

namespace Generator.Docx.Blocks;

/// <summary>Turns the document's blocks into body content, block by block, in order.</summary>
internal static class BodyBuilder
{
    /// <summary>The body content; the outline indents are the context's, or computed from the document when it has none.</summary>
    public static IReadOnlyList<OpenXmlElement> Build(M.Document document, BlockRenderContext context)
    {
        var elements = new List<OpenXmlElement>();
        if (context.Outline is null) context = context with { Outline = OutlineGeometry.For(document, context.Geometry.Options.OutlineIndent) };
        var renderer = new DocxBlockRenderer(context);
        var below = 0; // lines of space owed below the table just written (TableFollower)
        var kept = false; // the last paragraph is a heading's, kept with the next block (KeptWithNext)
        foreach (var block in document.Blocks)
        {
            foreach (var element in block.Accept(renderer))
            {
                // empty paragraphs between a heading and what it heads go along with the heading
                if (kept && element is Paragraph empty && KeptWithNext.IsEmpty(empty)) KeptWithNext.Keep(empty);
                else kept = false;
                if (elements.Count > 0 && elements[^1] is Table)
                {
                    // the table's space below is the next paragraph's space above (left out at the top of a page)
                    if (element is Paragraph paragraph && below > 0)
                        TableFollower.SpaceAbove(paragraph, below, paragraph.ParagraphProperties?.ParagraphStyleId is null ? 0 : BlockSpacing.Of(block).BeforeLines, context.Geometry);
                    // Word joins two tables that touch into one: keep them apart with an empty paragraph
                    else if (element is Table) elements.AddRange(below > 0 ? ParagraphFactory.Spacers(below) : [ParagraphFactory.Empty()]);
                    below = 0;
                }
                elements.Add(element);
            }
            if (elements.Count > 0 && elements[^1] is Table) below = TableFollower.SpaceBelow(block);
            if (KeptWithNext.EndsKept(block, context)) kept = true;
        }
        // a body cannot end with a table: a closing paragraph that takes no line of its own
        if (elements.Count > 0 && elements[^1] is Table last)
        {
            TableFollower.MakeRoomForClosing(last, context.Geometry);
            elements.Add(TableFollower.Closing());
        }
        return elements;
    }
}
