namespace Generator.IO;

/// <summary>Bytes as hexadecimal text (SHA-256 values in the manifests, PDF hex strings) by table look-up.</summary>
/// <remarks><see cref="Convert.ToHexStringLower(byte[])"/> takes a vector path whose shuffle the Native AOT build, made for
/// the baseline x86-64 without SSSE3, runs in software: ~1.3 µs for a SHA-256, which the end of a 1,788-letter batch paid
/// ~5,400 times while it wrote manifest.json (issue 17). A look-up is a few dozen nanoseconds on every build.</remarks>
/// <example><c>Hex.Lower([0x0f, 0xa0])</c> is <c>"0fa0"</c>; <c>Hex.Upper([0x0f, 0xa0])</c> is <c>"0FA0"</c>.</example>
public static class Hex
{
    private const string LowerDigits = "0123456789abcdef";
    private const string UpperDigits = "0123456789ABCDEF";

    /// <summary><paramref name="bytes"/> as lower-case hex, two digits a byte.</summary>
    public static string Lower(ReadOnlySpan<byte> bytes) => Of(bytes, LowerDigits);

    /// <summary><paramref name="bytes"/> as upper-case hex, two digits a byte.</summary>
    public static string Upper(ReadOnlySpan<byte> bytes) => Of(bytes, UpperDigits);

    private static string Of(ReadOnlySpan<byte> bytes, string digits)
    {
        if (bytes.IsEmpty) return "";
        var chars = bytes.Length <= 512 ? stackalloc char[bytes.Length * 2] : new char[bytes.Length * 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = digits[bytes[i] >> 4];
            chars[2 * i + 1] = digits[bytes[i] & 0xF];
        }
        return new string(chars);
    }
}
