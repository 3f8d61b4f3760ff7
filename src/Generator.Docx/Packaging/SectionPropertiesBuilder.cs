using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Docx.Layout;

namespace Generator.Docx.Packaging;

/// <summary>The one section: A4 portrait, margins, footer with the page number, and the document grid (文字数と行数を指定).</summary>
internal static class SectionPropertiesBuilder
{
    public static SectionProperties Build(DocxGeometry g, string footerRelationshipId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerRelationshipId },
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
        // linesAndChars: CharactersPerLine × LinesPerPage, pitches from DocxGeometry
        new DocGrid { Type = DocGridValues.LinesAndChars, LinePitch = g.LinePitch, CharacterSpace = g.CharSpace });
}
