using Generator.Pdf.Layout;

namespace Generator.Pdf.Drawing;

/// <summary>Writes the text of laid-out lines as PDF text operators: one TJ array per run of characters of one font, glyph
/// ids as 2-byte character codes, each laid-out run placed exactly at its x by a TJ adjustment; bold simulated as PDFsharp
/// did (fill and stroke, render mode 2, line width and character spacing 2 % of the size).</summary>
/// <remarks>Text state (font, size, render mode, spacing) is kept across lines and only written when it changes.</remarks>
internal sealed class TextDrawer(EmbeddedFonts fonts)
{
    /// <summary>Stroke width and extra spacing of simulated bold, as a fraction of the font size (PDFsharp's BoldEmphasis).</summary>
    private const double BoldEmphasis = 0.02;

    /// <summary>Spread between clusters, as a fraction of the font size, above which text extraction reads a word space.</summary>
    private const double ActualTextSpread = 0.08;

    private readonly SortedSet<int> pageFonts = [];
    private PdfContentBuilder content = null!; // the page's, from BeginPage
    private bool inText;
    private int font = -1;
    private double size;
    private bool bold;
    private double spacing;
    private double originX, originY; // the text line matrix: where the last Td moved to

    /// <summary>The fonts the current page uses, by chain index in ascending order (for its resources).</summary>
    public IReadOnlyCollection<int> PageFonts => pageFonts;

    /// <summary>Starts a page written into <paramref name="pageContent"/>: forgets the page's fonts; the text state of a new
    /// content stream is the default.</summary>
    public void BeginPage(PdfContentBuilder pageContent)
    {
        content = pageContent;
        pageFonts.Clear();
        inText = false;
        font = -1;
        size = 0;
        bold = false;
        spacing = 0;
    }

    /// <summary>Ends a text object if one is open (before graphics operators or the end of the page).</summary>
    public void EndText()
    {
        if (!inText) return;
        content.Raw("ET\n"u8);
        inText = false;
    }

    /// <summary>Draws <paramref name="line"/> with its baseline <paramref name="baseline"/> points above the paper's bottom.</summary>
    public void Draw(LaidOutLine line, double baseline)
    {
        // a line spread wider than a word space (a document number pushed out whole) would extract as 「こ の こ と」:
        // its text is given as /ActualText, which extraction takes instead of the spaced glyphs
        var actualText = line.Spread > ActualTextSpread * line.FontSize;
        if (actualText)
        {
            Begin();
            content.Raw("/Span<</ActualText<FEFF"u8).Raw(System.Text.Encoding.ASCII.GetBytes(
                Generator.IO.Hex.Upper(System.Text.Encoding.BigEndianUnicode.GetBytes(line.Text)))).Raw(">>>BDC\n"u8);
        }
        var open = false;     // inside a TJ array
        var inString = false; // inside a <…> string of the TJ array
        double penX = 0;      // where the next glyph goes, in points from the paper's left
        foreach (var run in line.Runs)
        {
            var first = true;
            foreach (var rune in run.Text.EnumerateRunes())
            {
                var (f, glyph) = fonts.Resolve(rune.Value);
                if (glyph == 0) continue; // a variation selector or a space the font lacks: nothing to draw
                fonts.Use(f, rune.Value);
                pageFonts.Add(f);
                var x = first ? run.X : penX;
                first = false;
                if (!open || f != font)
                {
                    if (inString) content.Raw((byte)'>');
                    if (open) content.Raw("]TJ\n"u8);
                    Begin();
                    SetState(f, line.FontSize, line.Bold);
                    content.Number(x - originX).Number(baseline - originY).Raw("Td\n["u8);
                    (originX, originY) = (x, baseline);
                    (open, inString, penX) = (true, false, x);
                }
                else if (Math.Abs(x - penX) > 0.00005)
                {
                    if (inString) content.Raw((byte)'>');
                    var adjustment = Math.Round((penX - x) * 1000 / size, 2, MidpointRounding.AwayFromZero);
                    content.Number(adjustment, 2);
                    penX -= adjustment * size / 1000;
                    inString = false;
                }
                if (!inString) content.Raw((byte)'<');
                inString = true;
                content.Glyph(glyph);
                penX += fonts.Width(f, glyph) * size / 1000 + spacing;
            }
        }
        if (inString) content.Raw((byte)'>');
        if (open) content.Raw("]TJ\n"u8);
        if (actualText) content.Raw("EMC\n"u8);
    }

    private void Begin()
    {
        if (inText) return;
        content.Raw("BT\n"u8);
        inText = true;
        (originX, originY) = (0, 0);
    }

    private void SetState(int newFont, double newSize, bool newBold)
    {
        if (newBold != bold)
        {
            content.Raw(newBold ? "2 Tr\n"u8 : "0 Tr\n"u8);
            bold = newBold;
        }
        var newSpacing = newBold ? newSize * BoldEmphasis : 0;
        if (newBold && newSpacing != spacing) content.Number(newSpacing).Raw("w\n"u8);
        if (newSpacing != spacing)
        {
            content.Number(newSpacing).Raw("Tc\n"u8);
            spacing = newSpacing;
        }
        if (newFont != font || newSize != size)
        {
            content.Raw(EmbeddedFonts.ResourceNameBytes(newFont)).Raw((byte)' ').Number(newSize).Raw("Tf\n"u8);
            (font, size) = (newFont, newSize);
        }
    }
}
