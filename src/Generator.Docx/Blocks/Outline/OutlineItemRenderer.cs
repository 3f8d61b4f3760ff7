using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Docx.Layout;
using Generator.Docx.Styling;
using Generator.Layout;
using M = Generator.Model;

namespace Generator.Docx.Blocks;

/// <summary>項目: token, separator and text in one paragraph of the level's hanging-indent style; continuations under the
/// text, a 「label：value」 continuation (「認定：令和元年…」) wrapping under its value as the PDF does.</summary>
internal static class OutlineItemRenderer
{
    public static IEnumerable<OpenXmlElement> Render(M.OutlineItem item, BlockRenderContext context)
    {
        var first = ParagraphFactory.Styled(StyleIds.Outline(item.Level), item.Label + item.Separator + item.Text);
        // a heading (「５　根拠法令」) goes to the next page with what it heads, as in the PDF
        yield return KeptWithNext.IsHeading(item, context) ? KeptWithNext.Keep(first) : first;
        foreach (var continuation in item.Continuations)
        {
            var paragraph = ParagraphFactory.Styled(StyleIds.OutlineContinuation(item.Level), continuation);
            if (LabelHanging(item.Level, continuation, context) is { } indentation)
                paragraph.ParagraphProperties!.Append(indentation);
            yield return paragraph;
        }
    }

    /// <summary>The hanging indent of a 「label：value」 continuation: the first line starts one character in from the
    /// item's text (as the continuation style has it), wrapped lines under the value; null for other lines, or when the
    /// value would start past the middle of the line (the PDF's rule in <c>BlockMeasurer</c>).</summary>
    private static Indentation? LabelHanging(int level, string continuation, BlockRenderContext context)
    {
        var labelLength = LabelledLine.LabelLength(continuation);
        if (labelLength == 0 || context.Outline is not { } outline) return null;
        var geometry = context.Geometry;
        var label = GridWidth.Of(continuation[..labelLength]);
        var valueStart = outline.Left(level) + 1 + label;
        if (valueStart >= geometry.Options.CharactersPerLine / 2.0) return null;
        return new Indentation
        {
            Left = Twips(geometry.GridTwips(valueStart)),
            LeftChars = DocxGeometry.HundredthsOfChar(valueStart),
            Hanging = Twips(geometry.GridTwips(label)),
            HangingChars = DocxGeometry.HundredthsOfChar(label),
        };
    }

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
