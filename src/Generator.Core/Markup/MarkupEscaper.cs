using System.Text;

namespace Generator.Markup;

/// <summary>Makes a value from data plain text in markup: it can never start a block, a directive or a table cell.</summary>
/// <remarks>
/// Line breaks are folded into one space (a value is one line of text); <c>\</c>, <c>|</c> and <c>@</c> are escaped; and the
/// value's first character is escaped so that, written at the start of a line, it cannot be read as 「記」, 「以上」,
/// a numbering token or an indent. Example: <c>Escape("以上\n@to x")</c> → <c>\以上 \@to x</c>.
/// </remarks>
public static class MarkupEscaper
{
    /// <summary>The escape character of the markup.</summary>
    public const char EscapeChar = '\\';

    /// <summary>Escapes <paramref name="value"/> for insertion anywhere in a markup line.</summary>
    public static string Escape(string value)
    {
        if (value.Length == 0) return value;
        var sb = new StringBuilder(value.Length + 8);
        var lastWasBreak = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsLineBreak(c))
            {
                if (!lastWasBreak) sb.Append(' ');
                lastWasBreak = true;
                continue;
            }
            lastWasBreak = false;
            if (sb.Length == 0 || c is EscapeChar or '|' or '@') sb.Append(EscapeChar);
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Characters that would end a markup line: CR, LF, VT, FF, NEL, U+2028, U+2029.</summary>
    public static bool IsLineBreak(char c) => c is '\r' or '\n' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';
}
