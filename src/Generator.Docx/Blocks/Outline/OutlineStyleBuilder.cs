using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Docx.Layout;
using Generator.Layout;

namespace Generator.Docx.Styling;

/// <summary>One pair of styles per outline level: the item (hanging indent) and its continuation paragraphs.</summary>
internal static class OutlineStyleBuilder
{
    public static IEnumerable<Style> Build(OutlineGeometry outline, DocxGeometry geometry)
    {
        for (var level = 1; level <= outline.LeftChars.Count; level++)
        {
            var left = outline.Left(level);
            var hanging = outline.Hanging(level);
            // token starts at left − hanging; wrapped lines start at left, under the text after the token
            yield return StyleFactory.Paragraph(StyleIds.Outline(level), $"項目{FullWidth(level)}",
                new ParagraphLook { Alignment = JustificationValues.Both, LeftChars = left, HangingChars = hanging }, geometry);
            // a further paragraph of the item: under the item's text, starting with the usual one-character indent
            yield return StyleFactory.Paragraph(StyleIds.OutlineContinuation(level), $"項目{FullWidth(level)}の続き",
                new ParagraphLook { Alignment = JustificationValues.Both, LeftChars = left, FirstLineChars = 1 }, geometry);
        }
    }

    private static string FullWidth(int number) =>
        string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０')));
}
