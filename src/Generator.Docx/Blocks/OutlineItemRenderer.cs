using DocumentFormat.OpenXml;
using Generator.Docx.Styling;
using M = Generator.Model;

namespace Generator.Docx.Blocks;

/// <summary>項目: token, separator and text in one paragraph of the level's hanging-indent style; continuations under the text.</summary>
internal static class OutlineItemRenderer
{
    public static IEnumerable<OpenXmlElement> Render(M.OutlineItem item)
    {
        yield return ParagraphFactory.Styled(StyleIds.Outline(item.Level), item.Label + item.Separator + item.Text);
        foreach (var continuation in item.Continuations)
            yield return ParagraphFactory.Styled(StyleIds.OutlineContinuation(item.Level), continuation);
    }
}
