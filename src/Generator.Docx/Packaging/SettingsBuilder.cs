using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Docx.Layout;

namespace Generator.Docx.Packaging;

/// <summary>settings.xml with Japanese Word's defaults; no rsids or other per-save values.</summary>
internal static class SettingsBuilder
{
    public static Settings Build(DocxGeometry geometry, string language)
    {
        var eastAsia = string.IsNullOrEmpty(language) ? "ja-JP" : language;
        return new Settings(
            new Zoom { Percent = "100" },
            new BordersDoNotSurroundHeader(),
            new BordersDoNotSurroundFooter(),
            // four characters, as Japanese Word's 840 twips at 10.5 pt
            new DefaultTabStop { Val = (short)geometry.Chars(4) },
            new DisplayHorizontalDrawingGrid { Val = 0 },
            new DisplayVerticalDrawingGrid { Val = 2 },
            // 文字間隔の調整「間隔を詰めない」: keeps every character on the 40-character grid
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(
                new UseFarEastLayout(),
                new CompatibilitySetting
                {
                    Name = CompatSettingNameValues.CompatibilityMode,
                    Uri = "http://schemas.microsoft.com/office/word",
                    Val = "15",
                },
                new CompatibilitySetting
                {
                    Name = CompatSettingNameValues.OverrideTableStyleFontSizeAndJustification,
                    Uri = "http://schemas.microsoft.com/office/word",
                    Val = "1",
                },
                new CompatibilitySetting
                {
                    Name = CompatSettingNameValues.EnableOpenTypeFeatures,
                    Uri = "http://schemas.microsoft.com/office/word",
                    Val = "1",
                },
                new CompatibilitySetting
                {
                    Name = CompatSettingNameValues.DoNotFlipMirrorIndents,
                    Uri = "http://schemas.microsoft.com/office/word",
                    Val = "1",
                }),
            new ThemeFontLanguages { Val = "en-US", EastAsia = eastAsia },
            new DecimalSymbol { Val = "." },
            new ListSeparator { Val = "," });
    }
}
