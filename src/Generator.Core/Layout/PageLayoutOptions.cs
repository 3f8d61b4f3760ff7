using Generator.Model;

namespace Generator.Layout;

/// <summary>The resolved house style (様式): page geometry, grid, fonts, title, alignment, page numbers, letterhead and
/// seal, shared by the DOCX and PDF writers so both show the same document.</summary>
/// <remarks>Built from a style file and/or a reference .docx by <c>Generator.HouseStyle.HouseStyleResolver</c> (in Generator.Docx, which reads the .docx); see docs/style.md.
/// 
/// Defaults are those of Japanese Word's A4 template, which most offices keep: 10.5 pt 明朝, 40 characters × 36 lines
/// on a document grid, margins top 35 mm, bottom 30 mm, left and right 30 mm. See docs/docx.md (Page and grid)
/// and docs/pdf-layout.md (Geometry).
/// </remarks>
public sealed record PageLayoutOptions
{
    /// <summary>The layout every writer uses unless told otherwise.</summary>
    public static PageLayoutOptions Default { get; } = new();

    /// <summary>Paper width in millimetres (A4 portrait: 210).</summary>
    public double PageWidthMm { get; init; } = 210;
    /// <summary>Paper height in millimetres (A4 portrait: 297).</summary>
    public double PageHeightMm { get; init; } = 297;
    /// <summary>Top margin in millimetres.</summary>
    public double MarginTopMm { get; init; } = 35;
    /// <summary>Bottom margin in millimetres.</summary>
    public double MarginBottomMm { get; init; } = 30;
    /// <summary>Left (binding side) margin in millimetres.</summary>
    public double MarginLeftMm { get; init; } = 30;
    /// <summary>Right margin in millimetres.</summary>
    public double MarginRightMm { get; init; } = 30;
    /// <summary>Distance of the footer (page number) baseline area from the paper's bottom edge, in millimetres.</summary>
    public double FooterDistanceMm { get; init; } = 17.5;
    /// <summary>Font size of body text in points.</summary>
    public double FontSizePt { get; init; } = 10.5;
    /// <summary>Characters per line on the document grid.</summary>
    public int CharactersPerLine { get; init; } = 40;
    /// <summary>Lines per page on the document grid.</summary>
    public int LinesPerPage { get; init; } = 36;
    /// <summary>East-Asian font family name written into DOCX (resolved by Word or LibreOffice).</summary>
    public string EastAsianFontName { get; init; } = "ＭＳ 明朝";
    /// <summary>Latin font family name written into DOCX.</summary>
    public string LatinFontName { get; init; } = "Century";
    /// <summary>Characters the title (件名) is set in from each side, as in the 2018 circular (36 of 40 characters).</summary>
    public int TitleIndentChars { get; init; } = 2;
    /// <summary>How wrapped lines of an outline item align.</summary>
    public OutlineIndentStyle OutlineIndent { get; init; } = OutlineIndentStyle.UnderText;

    /// <summary>Title (件名) font size in points; null means the body size.</summary>
    public double? TitleSizePt { get; init; }
    /// <summary>Whether the title is set in bold.</summary>
    public bool TitleBold { get; init; }
    /// <summary>Alignment of the document number and document label lines (文書番号).</summary>
    public LineAlignment NumberAlignment { get; init; } = LineAlignment.Right;
    /// <summary>Alignment of the date line (日付).</summary>
    public LineAlignment DateAlignment { get; init; } = LineAlignment.Right;
    /// <summary>How the page number in the footer looks.</summary>
    public PageNumberFormat PageNumbers { get; init; } = PageNumberFormat.Plain;
    /// <summary>Letterhead on the first page, in the top margin; null for none.</summary>
    public Letterhead? Letterhead { get; init; }
    /// <summary>The office's seal (公印) image placed over the end of a sender's name under <c>@seal affixed</c>; null for none.</summary>
    public SealImage? Seal { get; init; }

    /// <summary>The title's font size in points.</summary>
    public double TitleFontSizePt => TitleSizePt ?? FontSizePt;

    /// <summary>Width of the text area in points.</summary>
    public double TextWidthPt => MmToPt(PageWidthMm - MarginLeftMm - MarginRightMm);
    /// <summary>Height of the text area in points.</summary>
    public double TextHeightPt => MmToPt(PageHeightMm - MarginTopMm - MarginBottomMm);
    /// <summary>Character pitch of the grid in points (text width / characters per line).</summary>
    public double CharacterPitchPt => TextWidthPt / CharactersPerLine;
    /// <summary>Line pitch of the grid in points (text height / lines per page).</summary>
    public double LinePitchPt => TextHeightPt / LinesPerPage;

    /// <summary>Converts millimetres to points (1 pt = 1/72 inch).</summary>
    public static double MmToPt(double mm) => mm * 72.0 / 25.4;
}

/// <summary>Where the continuation lines of an outline item start.</summary>
public enum OutlineIndentStyle
{
    /// <summary>Under the text after the numbering token (hanging indent = token width).</summary>
    UnderText,
    /// <summary>One character right of where the numbering token starts.</summary>
    OneCharacter,
}
