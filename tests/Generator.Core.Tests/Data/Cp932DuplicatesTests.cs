using Generator.Data;

namespace Generator.Core.Tests.Data;

/// <summary>The duplicate codes of code page 932 (NEC-selected IBM extensions 0xED/0xEE and the others) decode as Windows decodes them.</summary>
public class Cp932DuplicatesTests
{
    // Expected code points from Microsoft's CP932 table (as Python's cp932 codec gives it), not from .NET.
    [Theory]
    [InlineData(0xED40, 0x7E8A)] // 纊
    [InlineData(0xED7E, 0xFA0F)] // 﨏
    [InlineData(0xED80, 0xFA10)] // 塚
    [InlineData(0xED95, 0xFA11)] // 﨑
    [InlineData(0xEDFC, 0x72B1)] // 犱
    [InlineData(0xEE40, 0x72BE)] // 犾
    [InlineData(0xEEE0, 0x9AD9)] // 髙
    [InlineData(0xEEEC, 0x9ED1)] // 黑
    [InlineData(0xEEEF, 0x2170)] // ⅰ
    [InlineData(0xEEF8, 0x2179)] // ⅹ
    [InlineData(0xEEF9, 0xFFE2)] // ￢
    [InlineData(0xEEFA, 0xFFE4)] // ￤
    [InlineData(0xEEFC, 0xFF02)] // ＂
    [InlineData(0x8790, 0x2252)] // ≒
    [InlineData(0x8791, 0x2261)] // ≡
    [InlineData(0x8792, 0x222B)] // ∫
    [InlineData(0x8795, 0x221A)] // √
    [InlineData(0x8796, 0x22A5)] // ⊥
    [InlineData(0x8797, 0x2220)] // ∠
    [InlineData(0x879A, 0x2235)] // ∵
    [InlineData(0x879B, 0x2229)] // ∩
    [InlineData(0x879C, 0x222A)] // ∪
    [InlineData(0xFA4A, 0x2160)] // Ⅰ
    [InlineData(0xFA4B, 0x2161)] // Ⅱ
    [InlineData(0xFA4C, 0x2162)] // Ⅲ
    [InlineData(0xFA4D, 0x2163)] // Ⅳ
    [InlineData(0xFA4E, 0x2164)] // Ⅴ
    [InlineData(0xFA4F, 0x2165)] // Ⅵ
    [InlineData(0xFA50, 0x2166)] // Ⅶ
    [InlineData(0xFA51, 0x2167)] // Ⅷ
    [InlineData(0xFA52, 0x2168)] // Ⅸ
    [InlineData(0xFA53, 0x2169)] // Ⅹ
    [InlineData(0xFA54, 0xFFE2)] // ￢
    [InlineData(0xFA58, 0x3231)] // ㈱
    [InlineData(0xFA59, 0x2116)] // №
    [InlineData(0xFA5A, 0x2121)] // ℡
    [InlineData(0xFA5B, 0x2235)] // ∵
    public void Decodes_duplicate_codes_as_windows_does(int code, int expected)
    {
        byte[] bytes = [(byte)'a', (byte)(code >> 8), (byte)code, (byte)'b'];
        Assert.True(TextEncodingDetector.TryDecode(bytes, out var text, out var encoding, out var error, out _), error);
        Assert.Equal("Shift_JIS (CP932)", encoding);
        Assert.Equal("a" + char.ConvertFromUtf32(expected) + "b", text);
    }

    [Fact]
    public void Every_nec_selected_code_decodes_and_a_trail_byte_is_never_taken_for_a_lead()
    {
        Assert.Equal(398, Cp932Duplicates.Count);
        var decoded = 0;
        for (var lead = 0xED; lead <= 0xEE; lead++)
            for (var trail = 0x40; trail <= 0xFC; trail++)
            {
                if (trail == 0x7F || lead == 0xEE && trail is 0xED or 0xEE) continue;
                Assert.True(TextEncodingDetector.TryDecode([(byte)lead, (byte)trail], out var text, out _, out _, out _), $"{lead:X2}{trail:X2}");
                Assert.Single(text);
                decoded++;
            }
        Assert.Equal(374, decoded);
        // 逸 0x88ED and 稲 0x88EE have trail bytes equal to the NEC-selected lead bytes: they stay as they are.
        Assert.True(TextEncodingDetector.TryDecode([0x88, 0xED, 0x88, 0xEE, 0x87, 0x90], out var text2, out _, out _, out _));
        Assert.Equal("逸稲\u2252", text2);
    }
}
