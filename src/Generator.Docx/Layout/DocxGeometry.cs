using Generator.Layout;

namespace Generator.Docx.Layout;

/// <summary>
/// Page geometry of <see cref="PageLayoutOptions"/> in Word units: twips (1/20 pt), half-points and the
/// document grid's <c>w:charSpace</c> (1/4096 pt beyond the font size).
/// </summary>
internal sealed class DocxGeometry
{
    public DocxGeometry(PageLayoutOptions options)
    {
        Options = options;
        PageWidth = MmToTwips(options.PageWidthMm);
        PageHeight = MmToTwips(options.PageHeightMm);
        MarginTop = MmToTwips(options.MarginTopMm);
        MarginBottom = MmToTwips(options.MarginBottomMm);
        MarginLeft = MmToTwips(options.MarginLeftMm);
        MarginRight = MmToTwips(options.MarginRightMm);
        FooterDistance = MmToTwips(options.FooterDistanceMm);
        HeaderDistance = Math.Min(MmToTwips(options.Letterhead?.TopMm ?? 15), MarginTop);
        FontHalfPoints = (int)Math.Round(options.FontSizePt * 2, MidpointRounding.AwayFromZero);

        // Word counts floor(width / pitch) characters and floor(height / pitch) lines: round the pitches down
        // so that exactly CharactersPerLine × LinesPerPage fit.
        var fontPt = FontHalfPoints / 2.0;
        var pitchPt = TextWidth / 20.0 / options.CharactersPerLine;
        CharSpace = (int)Math.Floor((pitchPt - fontPt) * 4096);
        CharPitchTwips = (fontPt + CharSpace / 4096.0) * 20;
        LinePitch = TextHeight / options.LinesPerPage;
    }

    /// <summary>The options these values come from.</summary>
    public PageLayoutOptions Options { get; }

    public int PageWidth { get; }
    public int PageHeight { get; }
    public int MarginTop { get; }
    public int MarginBottom { get; }
    public int MarginLeft { get; }
    public int MarginRight { get; }
    public int FooterDistance { get; }
    public int HeaderDistance { get; }

    /// <summary>Body font size in half-points (<c>w:sz</c>): 21 for 10.5 pt.</summary>
    public int FontHalfPoints { get; }

    /// <summary>Width of the text area in twips.</summary>
    public int TextWidth => PageWidth - MarginLeft - MarginRight;

    /// <summary>Height of the text area in twips.</summary>
    public int TextHeight => PageHeight - MarginTop - MarginBottom;

    /// <summary><c>w:docGrid/@w:linePitch</c>: line pitch in twips.</summary>
    public int LinePitch { get; }

    /// <summary><c>w:docGrid/@w:charSpace</c>: character pitch minus font size, in 1/4096 pt.</summary>
    public int CharSpace { get; }

    /// <summary>Whether text laid out off the character grid, full-width characters at the font size, still fits exactly
    /// <see cref="PageLayoutOptions.CharactersPerLine"/> of them on a line (the built-in 40 × 10.5 pt on 150 mm does; a
    /// style whose grid is much wider than the font, 40字 × 10.5 pt on 160 mm, would fit 43).</summary>
    public bool TextFitsOffGrid
    {
        get
        {
            var widthPt = TextWidth / 20.0;
            var fontPt = FontHalfPoints / 2.0;
            return widthPt >= Options.CharactersPerLine * fontPt - 0.05 && widthPt < (Options.CharactersPerLine + 1) * fontPt;
        }
    }

    /// <summary>Character spacing (<c>w:spacing</c> in a run's properties, twips) that widens full-width characters laid
    /// out off the grid so that a line holds <see cref="PageLayoutOptions.CharactersPerLine"/> of them and no more: 0 where
    /// the font already fills the pitch (<see cref="TextFitsOffGrid"/>); otherwise midway between the least spacing that
    /// keeps one more character off the line and the most that keeps the last one on it, so that LibreOffice's own space
    /// between Japanese and half-width text (about ¼ em around 「29」) costs a line no more than the PDF's wider grid cells
    /// give it. 14 (0.7 pt) for 40字 of 10.5 pt on 160 mm (pitch 11.34 pt; 12 to 16 keep 40 characters).</summary>
    public int OffGridCharacterSpacing
    {
        get
        {
            if (TextFitsOffGrid) return 0;
            var font = FontHalfPoints * 10;
            var least = (int)Math.Floor((double)TextWidth / (Options.CharactersPerLine + 1) - font) + 1;
            var most = (int)Math.Floor((double)TextWidth / Options.CharactersPerLine - font);
            return Math.Max(0, (least + Math.Max(least, most)) / 2);
        }
    }

    /// <summary>The grid's character pitch in twips (not rounded).</summary>
    public double CharPitchTwips { get; }

    /// <summary>Width of <paramref name="chars"/> grid characters in twips.</summary>
    public int Chars(double chars) => (int)Math.Round(chars * CharPitchTwips, MidpointRounding.AwayFromZero);

    /// <summary>
    /// <paramref name="chars"/> grid cells in twips as both programs can rely on: for indents (beside the <c>*Chars</c>
    /// attributes) and for table cells that must start on the grid.
    /// </summary>
    /// <remarks>
    /// Word reads the <c>*Chars</c> attributes. LibreOffice reads only twips, lays characters at a whole-twip pitch
    /// (212 for 40 characters on A4, where Word has 212.6) and pushes an indent that overshoots a cell boundary by
    /// the smallest amount into the next cell: so count whole LibreOffice cells and round down.
    /// </remarks>
    public int GridTwips(double chars) => (int)Math.Floor(chars * Math.Floor(CharPitchTwips));

    /// <summary>Characters as Word's <c>*Chars</c> attributes count them (1/100 character).</summary>
    public static int HundredthsOfChar(double chars) => (int)Math.Round(chars * 100, MidpointRounding.AwayFromZero);

    /// <summary>Millimetres to twips, rounded.</summary>
    public static int MmToTwips(double mm) => (int)Math.Round(mm * 1440 / 25.4, MidpointRounding.AwayFromZero);
}
