namespace Generator.Markup;

/// <summary>One markup line with its escapes resolved; <see cref="IsLiteral"/> tells which characters were escaped.</summary>
internal sealed class MarkupLine
{
    private readonly bool[] literal;

    private MarkupLine(int number, string text, bool[] literal)
    {
        Number = number;
        Text = text;
        this.literal = literal;
    }

    /// <summary>1-based line number in the markup.</summary>
    public int Number { get; }

    /// <summary>The line's text with escapes removed.</summary>
    public string Text { get; }

    /// <summary>Whether the character at <paramref name="index"/> came from an escape (that is, from data).</summary>
    public bool IsLiteral(int index) => literal[index];

    /// <summary>Decodes <c>\x</c> escapes; a trailing lone backslash is kept as a backslash.</summary>
    public static MarkupLine Decode(int number, string raw)
    {
        var first = raw.IndexOf(MarkupEscaper.EscapeChar);
        if (first < 0 || first == raw.Length - 1) return new MarkupLine(number, raw, new bool[raw.Length]); // nothing escaped
        // (issue 17: each line decoded into arrays of its own size, no builder or list grown and copied)
        var text = raw.Length <= 512 ? stackalloc char[raw.Length] : new char[raw.Length];
        var flags = new bool[raw.Length];
        var n = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == MarkupEscaper.EscapeChar && i + 1 < raw.Length)
            {
                i++;
                flags[n] = true;
                text[n++] = raw[i];
                // keep a surrogate pair together
                if (char.IsHighSurrogate(raw[i]) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
                {
                    i++;
                    flags[n] = true;
                    text[n++] = raw[i];
                }
            }
            else
            {
                text[n++] = raw[i];
            }
        }
        return new MarkupLine(number, new string(text[..n]), flags[..n]);
    }

    /// <summary>Index of the first character that is not (unescaped) white space; <see cref="Text"/>.Length if none.</summary>
    public int IndentEnd()
    {
        var i = 0;
        while (i < Text.Length && !literal[i] && IsSpace(Text[i])) i++;
        return i;
    }

    /// <summary>Splits at unescaped occurrences of <paramref name="separator"/>.</summary>
    public IEnumerable<(int Start, string Part)> SplitUnescaped(char separator, int from)
    {
        var start = from;
        for (var i = from; i < Text.Length; i++)
        {
            if (Text[i] == separator && !literal[i])
            {
                yield return (start, Text[start..i]);
                start = i + 1;
            }
        }
        yield return (start, Text[start..]);
    }

    /// <summary>Half-width space, tab or the ideographic space U+3000.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000';
}
