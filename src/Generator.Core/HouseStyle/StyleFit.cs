using System.Globalization;
using Generator.Layout;

namespace Generator.HouseStyle;

/// <summary>Checks that a resolved style gives a page both writers can set: a text area, a grid whose cells hold the
/// body and title characters.</summary>
public static class StyleFit
{
    /// <summary>What is wrong with <paramref name="layout"/>, or null when it fits.</summary>
    public static (string Message, string Hint)? Problem(PageLayoutOptions layout)
    {
        static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        if (layout.TextWidthPt <= 0 || layout.TextHeightPt <= 0)
            return ("The margins leave no room for text on the paper.", "Make the margins smaller.");
        if (layout.CharacterPitchPt < layout.FontSizePt)
            return ($"{layout.CharactersPerLine} characters of {F(layout.FontSizePt)} pt do not fit in a line of {F(layout.TextWidthPt)} pt (a character cell is {F(layout.CharacterPitchPt)} pt).",
                "Lower grid.characters or font.size, or narrow the left and right margins.");
        if (layout.LinePitchPt < layout.FontSizePt * 1.2)
            return ($"{layout.LinesPerPage} lines of {F(layout.FontSizePt)} pt do not fit in a text height of {F(layout.TextHeightPt)} pt (a line is {F(layout.LinePitchPt)} pt, at least {F(layout.FontSizePt * 1.2)} needed).",
                "Lower grid.lines or font.size, or narrow the top and bottom margins.");
        if (layout.TitleFontSizePt > layout.CharacterPitchPt)
            return ($"A title of {F(layout.TitleFontSizePt)} pt is wider than a character cell of {F(layout.CharacterPitchPt)} pt; Word and LibreOffice would give each title character two cells.",
                $"Set title.size to at most {F(Math.Floor(layout.CharacterPitchPt * 2) / 2)}, or lower grid.characters.");
        if (layout.Letterhead is { } letterhead && LetterheadBottomMm(layout, letterhead) > layout.MarginTopMm - 3)
            return ($"The letterhead reaches {F(LetterheadBottomMm(layout, letterhead))} mm from the paper's top edge; it must end 3 mm above the text (top margin {F(layout.MarginTopMm)} mm), or Word and LibreOffice push the text down.",
                "Raise margins.top, lower letterhead.top or letterhead.image_height, or give fewer letterhead lines.");
        return null;
    }

    /// <summary>Line height of a letterhead text line, in em of the body size (both writers set the lines at exactly this).</summary>
    public const double LetterheadLineEm = 1.4;

    /// <summary>Where the letterhead ends, in millimetres from the paper's top edge.</summary>
    public static double LetterheadBottomMm(PageLayoutOptions layout, Letterhead letterhead) =>
        letterhead.TopMm + (letterhead.Image is null ? 0 : letterhead.ImageHeightMm)
        + letterhead.Lines.Length * layout.FontSizePt * LetterheadLineEm * 25.4 / 72;
}
