using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Docx.Blocks;
using Generator.Docx.Styling;
using Generator.Layout;

namespace Generator.Docx.Packaging;

/// <summary>The footer: the page number as a PAGE field, centred by the Footer style, in the style's format
/// (「1」, 「- 1 -」, 「1/3」 with a NUMPAGES field).</summary>
internal static class FooterBuilder
{
    public static Footer Build(PageNumberFormat format = PageNumberFormat.Plain)
    {
        var paragraph = ParagraphFactory.Styled(StyleIds.Footer, "");
        if (format == PageNumberFormat.Dashed) paragraph.Append(new Run(new Text("- ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
        paragraph.Append(Field("PAGE", "1"));
        if (format == PageNumberFormat.Dashed) paragraph.Append(new Run(new Text(" -") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
        if (format == PageNumberFormat.OfTotal)
        {
            paragraph.Append(new Run(new Text("/")));
            paragraph.Append(Field("NUMPAGES", "1"));
        }
        return new Footer(paragraph);
    }

    private static IEnumerable<Run> Field(string code, string shown) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode($" {code} ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text(shown)),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];
}
