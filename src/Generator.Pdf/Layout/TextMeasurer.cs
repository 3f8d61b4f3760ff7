using System.Text;
using Generator.Layout;
using Generator.Pdf.Fonts;

namespace Generator.Pdf.Layout;

/// <summary>Measures text in points: a full-width character takes one grid cell (the character pitch), a half-width one its
/// real advance width in the font at the body size.</summary>
internal sealed class TextMeasurer
{
    private readonly IAdvanceWidths font;

    public TextMeasurer(IAdvanceWidths font, PageLayoutOptions layout)
        : this(font, layout.FontSizePt, layout.CharacterPitchPt)
    {
    }

    /// <summary>A measurer for text of <paramref name="fontSizePt"/> whose full-width characters take <paramref name="pitchPt"/> each.</summary>
    public TextMeasurer(IAdvanceWidths font, double fontSizePt, double pitchPt)
    {
        this.font = font;
        FontSize = fontSizePt;
        Pitch = pitchPt;
        Measure = Width;
    }

    /// <summary>The same grid with half-width characters measured at <paramref name="fontSize"/> (a larger title).</summary>
    public TextMeasurer WithFontSize(double fontSize) => new(font, fontSize, Pitch);

    /// <summary>The same text <paramref name="factor"/> times as large: font size and pitch both scaled.</summary>
    public TextMeasurer Scaled(double factor) => new(font, FontSize * factor, Pitch * factor);

    /// <summary>Font size in points (the body size unless made for another size).</summary>
    public double FontSize { get; }

    /// <summary>Character pitch of the grid in points.</summary>
    public double Pitch { get; }

    /// <summary>The measure function handed to the line breaker.</summary>
    public Func<string, double> Measure { get; }

    /// <summary>Width of <paramref name="text"/> in points.</summary>
    public double Width(string text)
    {
        double width = 0;
        foreach (var rune in text.EnumerateRunes()) width += Width(rune);
        return width;
    }

    /// <summary>Width of one character in points.</summary>
    public double Width(Rune rune) =>
        CharacterWidth.IsWide(rune) ? Pitch : font.AdvanceEm(rune.Value) * FontSize;
}
