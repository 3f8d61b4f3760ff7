using System.Text;

namespace Generator.Data;

/// <summary>
/// Decodes a text file whose encoding nobody states, deciding over the whole file: UTF-8 with BOM, UTF-16 with BOM,
/// UTF-8 without BOM when the strict decoder accepts every byte, else Shift_JIS as Windows code page 932 (which adds the
/// NEC special characters ①, ㈱ and both IBM extension blocks, e.g. 髙 as 0xFBFC and as the NEC-selected 0xEEE0, which
/// .NET's code page 932 lacks with every other duplicate code: see <see cref="Cp932Duplicates"/>).
/// A file is refused, naming the first bad line, when one line is UTF-8 and another Shift_JIS (a file pieced together
/// from two sources), when a line is neither, and when it looks like UTF-16 saved without a BOM (many NUL bytes).
/// </summary>
internal static class TextEncodingDetector
{
    private static readonly Lazy<Encoding> Cp932 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    private const string NeitherMessage = "The text is neither UTF-8 nor Shift_JIS (CP932); it cannot be read.";

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private enum LineKind { Ascii, Utf8, ShiftJis, Neither }

    /// <summary>Strict CP932 (Shift_JIS with Microsoft extensions), throwing on bytes it cannot map.</summary>
    public static Encoding ShiftJis => Cp932.Value;

    /// <summary>Decodes <paramref name="bytes"/>; on failure returns false, a message and the 1-based line of the first bad byte (0 if unknown).</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string encodingName, out string? error, out int errorLine)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
            return Decode(StrictUtf8, bytes[3..], "UTF-8 (BOM)", out text, out encodingName, out error, out errorLine);
        if (bytes.StartsWith(Encoding.Unicode.Preamble))
            return Decode(new UnicodeEncoding(false, false, true), bytes[2..], "UTF-16LE (BOM)", out text, out encodingName, out error, out errorLine);
        if (bytes.StartsWith(Encoding.BigEndianUnicode.Preamble))
            return Decode(new UnicodeEncoding(true, false, true), bytes[2..], "UTF-16BE (BOM)", out text, out encodingName, out error, out errorLine);
        (text, encodingName) = ("", "");
        if (LooksLikeUtf16(bytes) is { } order)
        {
            (errorLine, error) = (0, $"The file looks like UTF-16 ({order}) saved without a byte order mark (BOM); it cannot be read reliably.");
            return false;
        }
        if (Decode(StrictUtf8, bytes, "UTF-8", out text, out encodingName, out _, out _))
        {
            (error, errorLine) = (null, 0);
            return true;
        }
        if (FindMixedLine(bytes) is { } bad)
        {
            (text, error, errorLine) = ("", bad.Message, bad.Line);
            return false;
        }
        return Decode(ShiftJis, Cp932Duplicates.Remap(bytes), "Shift_JIS (CP932)", out text, out encodingName, out error, out errorLine);
    }

    /// <summary>
    /// "little-endian" or "big-endian" when NUL bytes are frequent (at least one byte in 16) and stand mostly at odd or at
    /// even offsets, as in UTF-16 text (every comma, digit and line break has a NUL half); else null. A stray NUL in a
    /// UTF-8 or Shift_JIS file is left to the field check, which names its row and column.
    /// </summary>
    private static string? LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        int even = 0, odd = 0;
        for (var i = 0; i < bytes.Length; i++)
            if (bytes[i] == 0) { if (i % 2 == 0) even++; else odd++; }
        if ((even + odd) * 16 < bytes.Length || even + odd == 0) return null;
        return odd > 3 * even ? "little-endian" : even > 3 * odd ? "big-endian" : null;
    }

    /// <summary>
    /// Classifies each line of a file that is not all UTF-8: the first line that is neither UTF-8 nor Shift_JIS, or that is
    /// in the other encoding than the first non-ASCII line, with a message; null when every line is Shift_JIS (or ASCII).
    /// A line counts as UTF-8 when it is valid UTF-8 and either invalid Shift_JIS or holds a 3-byte sequence (kana, kanji).
    /// </summary>
    private static (int Line, string Message)? FindMixedLine(ReadOnlySpan<byte> bytes)
    {
        (int Line, LineKind Kind)? first = null;
        var line = 0;
        foreach (var range in bytes.Split((byte)'\n'))
        {
            line++;
            var kind = Classify(bytes[range]);
            if (kind == LineKind.Neither)
                return (line, NeitherMessage);
            if (kind == LineKind.Ascii) continue;
            first ??= (line, kind);
            if (kind != first.Value.Kind)
                return (line, $"The file mixes encodings: line {first.Value.Line} is {Describe(first.Value.Kind)} but line {line} is {Describe(kind)}.");
        }
        return null;
    }

    private static LineKind Classify(ReadOnlySpan<byte> line)
    {
        if (line.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) < 0) return LineKind.Ascii;
        var utf8 = IsValid(StrictUtf8, line);
        var shiftJis = IsValid(ShiftJis, Cp932Duplicates.Remap(line));
        if (utf8 && (!shiftJis || HasThreeByteSequence(line))) return LineKind.Utf8;
        return shiftJis ? LineKind.ShiftJis : LineKind.Neither;
    }

    private static bool HasThreeByteSequence(ReadOnlySpan<byte> line)
    {
        for (var i = 0; i + 2 < line.Length; i++)
            if (line[i] is >= 0xE0 and <= 0xEF && line[i + 1] is >= 0x80 and <= 0xBF && line[i + 2] is >= 0x80 and <= 0xBF) return true;
        return false;
    }

    private static bool IsValid(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            encoding.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static string Describe(LineKind kind) => kind == LineKind.Utf8 ? "UTF-8" : "Shift_JIS (CP932)";

    private static int LineOf(ReadOnlySpan<byte> bytes, int index) => bytes[..index].Count((byte)'\n') + 1;

    private static bool Decode(Encoding encoding, ReadOnlySpan<byte> bytes, string name, out string text, out string encodingName, out string? error, out int errorLine)
    {
        encodingName = name;
        errorLine = 0;
        error = null;
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException ex)
        {
            text = "";
            errorLine = ex.Index >= 0 && ex.Index <= bytes.Length ? LineOf(bytes, ex.Index) : 0;
            error = NeitherMessage;
            return false;
        }
    }
}
