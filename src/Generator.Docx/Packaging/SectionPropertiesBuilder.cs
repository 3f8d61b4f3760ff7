using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Docx.Layout;

namespace Generator.Docx.Packaging;

/// <summary>The one section: A4 portrait, margins, footer with the page number, and the document grid (文字数と行数を指定).</summary>
internal static class SectionPropertiesBuilder
{
    /// <summary>The section; <paramref name="firstHeaderId"/> (the letterhead) makes page 1 a different first page.</summary>
    public static SectionProperties Build(DocxGeometry g, string? footerRelationshipId, string? firstHeaderId = null, string? firstFooterId = null)
    {
        var section = new SectionProperties();
        if (firstHeaderId is not null) section.Append(new HeaderReference { Type = HeaderFooterValues.First, Id = firstHeaderId });
        if (footerRelationshipId is not null) section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = footerRelationshipId });
        if (firstFooterId is not null) section.Append(new FooterReference { Type = HeaderFooterValues.First, Id = firstFooterId });
        foreach (var element in Page(g)) section.Append(element);
        if (firstHeaderId is not null) section.Append(new TitlePage());
        // linesAndChars: CharactersPerLine × LinesPerPage, pitches from DocxGeometry
        section.Append(new DocGrid { Type = DocGridValues.LinesAndChars, LinePitch = g.LinePitch, CharacterSpace = g.CharSpace });
        return section;
    }

    private static DocumentFormat.OpenXml.OpenXmlElement[] Page(DocxGeometry g) =>
    [
        new PageSize { Width = (uint)g.PageWidth, Height = (uint)g.PageHeight },
        new PageMargin
        {
            Top = g.MarginTop,
            Right = (uint)g.MarginRight,
            Bottom = g.MarginBottom,
            Left = (uint)g.MarginLeft,
            Header = (uint)g.HeaderDistance,
            Footer = (uint)g.FooterDistance,
            Gutter = 0,
        },
        new Columns { Space = g.Chars(2).ToString(System.Globalization.CultureInfo.InvariantCulture) },
    ];
}
