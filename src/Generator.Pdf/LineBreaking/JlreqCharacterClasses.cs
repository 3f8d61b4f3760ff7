namespace Generator.Pdf.LineBreaking;

/// <summary>Character classes of JLREQ (W3C Requirements for Japanese Text Layout) used by line breaking (禁則処理).</summary>
/// <remarks>
/// Sources: JLREQ §3.1.7 "Characters not starting a line", §3.1.8 "Characters not ending a line", §3.1.10 "Unbreakable
/// character sequences", §3.8.3 "Hanging punctuation" and Appendix A (character classes cl-01 … cl-30);
/// docs/line-breaking.md lists every set with its class.
/// </remarks>
public static class JlreqCharacterClasses
{
    // cl-02 closing brackets, cl-03 hyphens, cl-04 dividing punctuation, cl-05 middle dots, cl-06 full stops,
    // cl-07 commas, cl-09 iteration marks, cl-10 prolonged sound mark, cl-11 small kana (and half-width forms).
    private const string NotAtStart =
        "’”)〕]}〉》」』】⦆〙〗»〟）］｝｠｣" +   // cl-02
        "‐〜゠–～" +                          // cl-03 (～ U+FF5E is how Windows text spells 〜)
        "！？‼⁇⁈⁉!?" +                       // cl-04
        "・：；:;･" +                          // cl-05
        "。．.｡" +                             // cl-06
        "、，,､" +                             // cl-07
        "ヽヾゝゞ々〻" +                       // cl-09
        "ーｰ" +                                // cl-10
        "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｯｬｭｮ"; // cl-11

    // cl-01 opening brackets.
    private const string NotAtEnd = "‘“(〔[{〈《「『【⦅〘〖«〝（［｛｟｢";

    // cl-06 and cl-07 full-width forms: the only characters that may hang beyond the line end (ぶら下げ).
    private const string Hangable = "、。，．";

    // cl-08 inseparable characters: a doubled dash or leader is one unit.
    private const string Inseparable = "—―…‥";

    /// <summary>Whether <paramref name="codePoint"/> must not begin a line (行頭禁則), e.g. 「。」「）」「ゃ」「ー」.</summary>
    public static bool IsNotAtLineStart(int codePoint) => codePoint <= 0xFFFF && NotAtStart.Contains((char)codePoint);

    /// <summary>Whether <paramref name="codePoint"/> must not end a line (行末禁則), e.g. 「（」「「」.</summary>
    public static bool IsNotAtLineEnd(int codePoint) => codePoint <= 0xFFFF && NotAtEnd.Contains((char)codePoint);

    /// <summary>Whether <paramref name="codePoint"/> may hang beyond the line end (ぶら下げ): 、。，．.</summary>
    public static bool IsHangable(int codePoint) => codePoint <= 0xFFFF && Hangable.Contains((char)codePoint);

    /// <summary>Whether two consecutive <paramref name="codePoint"/>s form an unbreakable pair (——, ……, ‥‥).</summary>
    public static bool IsInseparableWhenDoubled(int codePoint) => codePoint <= 0xFFFF && Inseparable.Contains((char)codePoint);

    /// <summary>Whether <paramref name="codePoint"/> belongs to a run that is never broken: half-width letters, digits and their punctuation.</summary>
    /// <remarks>Covers 「29」「11」「03-0000-0000」「https://…」: everything narrow except the space (JLREQ §3.1.10 and cl-27).</remarks>
    public static bool IsNarrowRunCharacter(int codePoint) =>
        codePoint > 0x20 && codePoint != 0x7F && !Generator.Layout.CharacterWidth.IsWide(new System.Text.Rune(codePoint))
        && !IsNotAtLineStartOnlyNarrow(codePoint);

    /// <summary>Whether <paramref name="codePoint"/> is a full-width Latin letter or digit (Ａ, ３); runs of them stay together.</summary>
    public static bool IsFullWidthAlphanumeric(int codePoint) =>
        codePoint is >= 0xFF10 and <= 0xFF19 or >= 0xFF21 and <= 0xFF3A or >= 0xFF41 and <= 0xFF5A;

    // Half-width katakana forms are narrow but Japanese: they break like kana, not like Latin words.
    private static bool IsNotAtLineStartOnlyNarrow(int codePoint) => codePoint is >= 0xFF61 and <= 0xFF9F;
}
