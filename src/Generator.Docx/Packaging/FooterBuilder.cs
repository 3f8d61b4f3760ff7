using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Docx.Blocks;
using Generator.Docx.Styling;

namespace Generator.Docx.Packaging;

/// <summary>The footer: the page number as a PAGE field, centred by the Footer style, printed as a plain number (「1」).</summary>
internal static class FooterBuilder
{
    public static Footer Build()
    {
        var paragraph = ParagraphFactory.Styled(StyleIds.Footer, "");
        paragraph.Append(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("1")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        return new Footer(paragraph);
    }
}
