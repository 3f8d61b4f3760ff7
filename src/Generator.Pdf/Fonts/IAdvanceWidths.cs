namespace Generator.Pdf.Fonts;

/// <summary>Advance widths of characters, as layout measures them: one font, or a chain of fonts where each character
/// takes the width of the first font that has it.</summary>
internal interface IAdvanceWidths
{
    /// <summary>Advance width of <paramref name="codePoint"/> in em (1.0 = the font size); 0 when missing.</summary>
    double AdvanceEm(int codePoint);
}
