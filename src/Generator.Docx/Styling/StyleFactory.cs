using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Docx.Layout;

namespace Generator.Docx.Styling;

/// <summary>Creates <c>w:style</c> elements with their children in schema order.</summary>
internal static class StyleFactory
{
    /// <summary>A custom paragraph style based on Normal, shown in Word's quick style gallery; Enter continues with <paramref name="next"/> (default: the same style).</summary>
    public static Style Paragraph(string id, string name, ParagraphLook look, DocxGeometry geometry, string basedOn = StyleIds.Normal, string? next = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, CustomStyle = true };
        style.Append(new StyleName { Val = name });
        style.Append(new BasedOn { Val = basedOn });
        style.Append(new NextParagraphStyle { Val = next ?? id });
        style.Append(new PrimaryStyle());
        style.Append(look.ToProperties(geometry));
        return style;
    }

    /// <summary>A custom table style based on Table Normal.</summary>
    public static Style Table(string id, string name, StyleTableProperties properties)
    {
        var style = new Style { Type = StyleValues.Table, StyleId = id, CustomStyle = true };
        style.Append(new StyleName { Val = name });
        style.Append(new BasedOn { Val = StyleIds.TableNormal });
        style.Append(new UIPriority { Val = 59 });
        style.Append(properties);
        return style;
    }
}
