using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Layout;

namespace Generator.Docx.Packaging;

/// <summary>
/// fontTable.xml: the East-Asian and Latin fonts with the panose, charset and signature Word needs to pick a
/// look-alike when the font is missing (charset 80 = SHIFTJIS marks a Japanese font).
/// </summary>
/// <remarks>
/// LibreOffice reads only the name and charset; it replaces ＭＳ 明朝 through its own substitution table
/// (see docs/docx.md for what Debian ends up with).
/// </remarks>
internal static class FontTableBuilder
{
    private sealed record KnownFont(string? AltName, string Panose, string Charset, FontFamilyValues Family, FontPitchValues Pitch, string[] Signature);

    private static readonly Dictionary<string, KnownFont> Known = new(StringComparer.Ordinal)
    {
        ["ＭＳ 明朝"] = new("MS Mincho", "02020609040205080304", "80", FontFamilyValues.Roman, FontPitchValues.Fixed,
            ["E00002FF", "6AC7FDFB", "08000012", "00000000", "0002009F", "00000000"]),
        ["ＭＳ ゴシック"] = new("MS Gothic", "020B0609070205080204", "80", FontFamilyValues.Modern, FontPitchValues.Fixed,
            ["E00002FF", "6AC7FDFB", "08000012", "00000000", "0002009F", "00000000"]),
        ["游明朝"] = new("Yu Mincho", "02020400000000000000", "80", FontFamilyValues.Roman, FontPitchValues.Variable,
            ["800002E7", "2AC7FCFF", "00000012", "00000000", "0002009F", "00000000"]),
        ["Century"] = new(null, "02040604050505020304", "00", FontFamilyValues.Roman, FontPitchValues.Variable,
            ["00000287", "00000000", "00000000", "00000000", "0000009F", "00000000"]),
    };

    public static Fonts Build(PageLayoutOptions options)
    {
        var fonts = new Fonts();
        fonts.Append(Entry(options.EastAsianFontName, eastAsian: true));
        if (options.LatinFontName != options.EastAsianFontName) fonts.Append(Entry(options.LatinFontName, eastAsian: false));
        return fonts;
    }

    private static Font Entry(string name, bool eastAsian)
    {
        var font = new Font { Name = name };
        if (Known.TryGetValue(name, out var known))
        {
            if (known.AltName is not null) font.Append(new AltName { Val = known.AltName });
            font.Append(new Panose1Number { Val = HexBinaryValue.FromString(known.Panose) });
            font.Append(new FontCharSet { Val = known.Charset });
            font.Append(new FontFamily { Val = known.Family });
            font.Append(new Pitch { Val = known.Pitch });
            font.Append(new FontSignature
            {
                UnicodeSignature0 = known.Signature[0],
                UnicodeSignature1 = known.Signature[1],
                UnicodeSignature2 = known.Signature[2],
                UnicodeSignature3 = known.Signature[3],
                CodePageSignature0 = known.Signature[4],
                CodePageSignature1 = known.Signature[5],
            });
            return font;
        }
        // an unknown font: at least tell Word whether it is Japanese
        font.Append(new FontCharSet { Val = eastAsian ? "80" : "00" });
        font.Append(new FontFamily { Val = FontFamilyValues.Roman });
        font.Append(new Pitch { Val = eastAsian ? FontPitchValues.Fixed : FontPitchValues.Variable });
        return font;
    }
}
