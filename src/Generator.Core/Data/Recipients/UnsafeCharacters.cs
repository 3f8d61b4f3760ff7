using System.Globalization;
using System.Text;

namespace Generator.Data;

/// <summary>
/// Characters that must never reach a document, a file name or a terminal unseen: C0 and C1 control characters (tab and
/// line breaks included, though a recipient value may hold them), DEL, U+2028/U+2029, bidi controls (U+061C, U+200E/200F, U+202A–202E, U+2066–2069),
/// noncharacters (U+FFFE, U+FFFF, U+FDD0–FDEF, …) and lone surrogates. 制御文字・書式制御文字.
/// </summary>
public static class UnsafeCharacters
{
    /// <summary>True for a character (or a lone surrogate, given as its code unit) that is unsafe.</summary>
    public static bool IsUnsafe(int codePoint) =>
        codePoint < 0x20 || codePoint is >= 0x7F and <= 0x9F
        || codePoint is 0x2028 or 0x2029 or 0x061C or 0x200E or 0x200F
        || codePoint is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069
        || codePoint is >= 0xD800 and <= 0xDFFF
        || codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    /// <summary>
    /// The first unsafe character of <paramref name="text"/>: its UTF-16 index and code point; null when there is none.
    /// With <paramref name="allowLineBreaks"/>, tab, CR and LF pass (a multi-line cell, Excel's Alt+Enter).
    /// </summary>
    public static (int Index, int CodePoint)? FindFirst(string text, bool allowLineBreaks = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length;)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            var codePoint = status == System.Buffers.OperationStatus.Done ? rune.Value : text[i];
            if (IsUnsafe(codePoint) && !(allowLineBreaks && codePoint is '\t' or '\n' or '\r')) return (i, codePoint);
            i += Math.Max(consumed, 1);
        }
        return null;
    }

    /// <summary>Names a code point as <c>U+001B</c>.</summary>
    public static string Name(int codePoint) => "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="text"/> with every unsafe character written as <c>&lt;U+001B&gt;</c>, so that a message never
    /// moves the cursor, reorders a line or rings a bell on the terminal; other text unchanged. Line breaks between
    /// messages are the caller's: escape each message, not the whole output.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (FindFirst(text) is null) return text;
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length;)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            var codePoint = status == System.Buffers.OperationStatus.Done ? rune.Value : text[i];
            consumed = Math.Max(consumed, 1);
            if (IsUnsafe(codePoint)) builder.Append('<').Append(Name(codePoint)).Append('>');
            else builder.Append(text, i, consumed);
            i += consumed;
        }
        return builder.ToString();
    }
}
