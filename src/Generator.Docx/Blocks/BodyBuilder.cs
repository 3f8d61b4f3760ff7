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
        var renderer = new DocxBlockRenderer(context.Outline is null
            ? context with { Outline = OutlineGeometry.For(document, context.Geometry.Options.OutlineIndent) }
            : context);
        foreach (var block in document.Blocks)
        {
            foreach (var element in block.Accept(renderer))
            {
                // Word joins two tables that touch into one: keep them apart with an empty paragraph
                if (element is Table && elements.Count > 0 && elements[^1] is Table) elements.Add(ParagraphFactory.Empty());
                elements.Add(element);
            }
        }
        return elements;
    }
}
