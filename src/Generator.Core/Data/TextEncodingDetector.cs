using System.Text;

namespace Generator.Data;

/// <summary>
/// Decodes a text file whose encoding nobody states: UTF-8 with BOM, UTF-16 with BOM, UTF-8 without BOM when the strict
/// decoder accepts every byte, else Shift_JIS as Windows code page 932 (which adds NEC/IBM extensions such as ①, 髙, 﨑).
/// </summary>
internal static class TextEncodingDetector
{
    private static readonly Lazy<Encoding> Cp932 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>Strict CP932 (Shift_JIS with Microsoft extensions), throwing on bytes it cannot map.</summary>
    public static Encoding ShiftJis => Cp932.Value;

    /// <summary>Decodes <paramref name="bytes"/>; on failure returns false, a message and the 1-based line of the first bad byte (0 if unknown).</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string encodingName, out string? error, out int errorLine)
    {
        errorLine = 0;
        error = null;
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
            return Decode(new UTF8Encoding(false, true), bytes[3..], "UTF-8 (BOM)", out text, out encodingName, out error, out errorLine);
        if (bytes.StartsWith(Encoding.Unicode.Preamble))
            return Decode(new UnicodeEncoding(false, false, true), bytes[2..], "UTF-16LE (BOM)", out text, out encodingName, out error, out errorLine);
        if (bytes.StartsWith(Encoding.BigEndianUnicode.Preamble))
            return Decode(new UnicodeEncoding(true, false, true), bytes[2..], "UTF-16BE (BOM)", out text, out encodingName, out error, out errorLine);
        if (Decode(new UTF8Encoding(false, true), bytes, "UTF-8", out text, out encodingName, out _, out _)) return true;
        return Decode(ShiftJis, bytes, "Shift_JIS (CP932)", out text, out encodingName, out error, out errorLine);
    }

    private static bool Decode(Encoding encoding, ReadOnlySpan<byte> bytes, string name, out string text, out string encodingName, out string? error, out int errorLine)
    {
        encodingName = name;
        errorLine = 0;
        error = null;
        try
        {
            text = encoding.GetString(bytes);
            error = null;
            return true;
        }
        catch (DecoderFallbackException ex)
        {
            text = "";
            errorLine = ex.Index >= 0 && ex.Index <= bytes.Length ? bytes[..ex.Index].Count((byte)'\n') + 1 : 0;
            error = "The text is neither UTF-8 nor Shift_JIS (CP932); it cannot be read.";
            return false;
        }
    }
}
