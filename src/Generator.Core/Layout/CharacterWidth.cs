namespace Generator.Layout;

/// <summary>Width of text in grid characters: full-width (East Asian Wide/Fullwidth) counts 1, everything else ½.</summary>
public static class CharacterWidth
{
    /// <summary>Width of <paramref name="text"/> in grid characters, e.g. 「（１）」 = 3, 「1.」 = 1.</summary>
    public static double Of(string text)
    {
        double width = 0;
        foreach (var rune in text.EnumerateRunes()) width += IsWide(rune) ? 1 : 0.5;
        return width;
    }

    /// <summary>Whether a character occupies a full grid cell (CJK, kana, full-width forms, U+3000).</summary>
    public static bool IsWide(System.Text.Rune rune)
    {
        var v = rune.Value;
        return v is >= 0x1100 and <= 0x115F
            or >= 0x2E80 and <= 0x303E
            or >= 0x3040 and <= 0xA4CF
            or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F
            or >= 0xFF00 and <= 0xFF60
            or >= 0xFFE0 and <= 0xFFE6
            or >= 0x20000 and <= 0x3FFFD
            or >= 0x2460 and <= 0x24FF   // circled digits ①
            or >= 0x25A0 and <= 0x25FF   // geometric shapes ○□
            or >= 0x2600 and <= 0x26FF
            or 0x2015 or 0x2025 or 0x2026 or 0x2018 or 0x2019 or 0x201C or 0x201D or 0x203B or 0x3000;
    }
}
