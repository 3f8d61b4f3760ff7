namespace Generator.Conventions;

/// <summary>How digits are written in a date or citation.</summary>
public enum DigitStyle
{
    /// <summary>公用文 office practice: a single digit full-width, two or more half-width (「５月31日」).</summary>
    Office,
    /// <summary>All half-width (「5月31日」).</summary>
    Half,
    /// <summary>All full-width (「５月３１日」).</summary>
    Full,
    /// <summary>Kanji numerals (「五月三十一日」), as in vertical writing.</summary>
    Kanji,
}
