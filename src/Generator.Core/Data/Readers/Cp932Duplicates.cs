namespace Generator.Data;

/// <summary>
/// The duplicate codes of code page 932 (重複符号), which Windows decodes but .NET's code page 932 refuses: characters that
/// CP932 encodes twice (NEC special characters, NEC-selected IBM extensions, IBM extensions) are decoded by .NET only at
/// their preferred code. Each duplicate is rewritten to that preferred code before decoding, so a file reads as Windows
/// (and Excel) reads it. The table, as Microsoft's CP932 mapping gives it:
/// <list type="bullet">
/// <item>NEC-selected IBM extensions (NEC選定IBM拡張文字): 0xED40–0xEEEC, the 360 kanji (髙 0xEEE0, 﨑 0xED95), in order →
/// IBM extensions 0xFA5C–0xFC4B (髙 0xFBFC, 﨑 0xFAB1); 0xEEEF–0xEEF8 ⅰ–ⅹ → 0xFA40–0xFA49; 0xEEF9 ￢ → 0x81CA;
/// 0xEEFA–0xEEFC ￤＇＂ → 0xFA55–0xFA57 (0xEEED and 0xEEEE are unassigned);</item>
/// <item>IBM extensions that repeat NEC characters: 0xFA4A–0xFA53 Ⅰ–Ⅹ → 0x8754–0x875D; 0xFA54 ￢ → 0x81CA;
/// 0xFA58 ㈱ → 0x878A; 0xFA59 № → 0x8782; 0xFA5A ℡ → 0x8784; 0xFA5B ∵ → 0x81E6;</item>
/// <item>NEC special characters that repeat JIS X 0208 symbols: 0x8790 ≒ → 0x81E0, 0x8791 ≡ → 0x81DF, 0x8792 ∫ → 0x81E7,
/// 0x8795 √ → 0x81E3, 0x8796 ⊥ → 0x81DB, 0x8797 ∠ → 0x81DA, 0x879A ∵ → 0x81E6, 0x879B ∩ → 0x81BF, 0x879C ∪ → 0x81BE.</item>
/// </list>
/// Trail bytes run 0x40–0x7E and 0x80–0xFC.
/// </summary>
internal static class Cp932Duplicates
{
    private static readonly Lazy<Dictionary<int, int>> Map = new(Build);

    /// <summary>Number of duplicate codes rewritten (398).</summary>
    public static int Count => Map.Value.Count;

    /// <summary>
    /// <paramref name="bytes"/> with every duplicate double-byte code replaced by its preferred code; the same length, so
    /// byte offsets (and the lines found from them) stay valid. Returns the input when there is nothing to rewrite.
    /// </summary>
    public static ReadOnlySpan<byte> Remap(ReadOnlySpan<byte> bytes)
    {
        byte[]? copy = null;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (!IsLead(bytes[i]) || i + 1 >= bytes.Length) continue;
            if (Map.Value.TryGetValue(bytes[i] << 8 | bytes[i + 1], out var preferred))
            {
                copy ??= bytes.ToArray();
                copy[i] = (byte)(preferred >> 8);
                copy[i + 1] = (byte)preferred;
            }
            i++; // skip the trail byte, which may look like a lead byte
        }
        return copy ?? bytes;
    }

    private static bool IsLead(byte b) => b is >= 0x81 and <= 0x9F or >= 0xE0 and <= 0xFC;

    private static Dictionary<int, int> Build()
    {
        var map = new Dictionary<int, int>();
        void Run(int fromFirst, int fromLast, int toFirst)
        {
            for (int from = fromFirst, to = toFirst; from <= fromLast; from = Next(from), to = Next(to)) map[from] = to;
        }
        Run(0xED40, 0xEEEC, 0xFA5C);
        Run(0xEEEF, 0xEEF8, 0xFA40);
        Run(0xEEFA, 0xEEFC, 0xFA55);
        Run(0xFA4A, 0xFA53, 0x8754);
        int[] pairs =
        [
            0xEEF9, 0x81CA, 0xFA54, 0x81CA, 0xFA58, 0x878A, 0xFA59, 0x8782, 0xFA5A, 0x8784, 0xFA5B, 0x81E6,
            0x8790, 0x81E0, 0x8791, 0x81DF, 0x8792, 0x81E7, 0x8795, 0x81E3, 0x8796, 0x81DB, 0x8797, 0x81DA,
            0x879A, 0x81E6, 0x879B, 0x81BF, 0x879C, 0x81BE,
        ];
        for (var i = 0; i < pairs.Length; i += 2) map[pairs[i]] = pairs[i + 1];
        return map;
    }

    /// <summary>The next double-byte code: trail bytes 0x40–0x7E, 0x80–0xFC.</summary>
    private static int Next(int code)
    {
        var trail = (code & 0xFF) + 1;
        if (trail == 0x7F) trail++;
        return trail > 0xFC ? ((code >> 8) + 1) << 8 | 0x40 : (code & 0xFF00) | trail;
    }
}
