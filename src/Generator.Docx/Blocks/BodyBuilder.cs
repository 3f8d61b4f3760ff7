using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using M = Generator.Model;

namespace Generator.Docx.Blocks;

/// <summary>Turns the document's blocks into body content, block by block, in order.</summary>
internal static class BodyBuilder
{
    public static IReadOnlyList<OpenXmlElement> Build(M.Document document, BlockRenderContext context)
    {
        var elements = new List<OpenXmlElement>();
        foreach (var block in document.Blocks)
        {
            foreach (var element in Render(block, context))
            {
                // Word joins two tables that touch into one: keep them apart with an empty paragraph
                if (element is Table && elements.Count > 0 && elements[^1] is Table) elements.Add(ParagraphFactory.Empty());
                elements.Add(element);
            }
        }
        return elements;
    }

    private static IEnumerable<OpenXmlElement> Render(M.Block block, BlockRenderContext context) => block switch
    {
        M.AddresseeGroup b => AddresseeRenderer.Render(b, context),
        M.Sender b => SenderRenderer.Render(b),
        M.OutlineItem b => OutlineItemRenderer.Render(b),
        M.ContactBlock { Lines.IsDefaultOrEmpty: false } b => ContactBlockRenderer.Render(b, context),
        M.Table { ColumnCount: > 0 } b => [DataTableRenderer.Render(b, context)],
        _ => SimpleBlockRenderer.Render(block) is { } element ? [element] : [],
    };
}
