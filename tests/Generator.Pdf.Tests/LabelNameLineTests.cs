using Generator.Layout;
using Generator.Pdf.Fonts;
using Generator.Pdf.Labels;
using Generator.Pdf.Layout;
using Generator.Pdf.LineBreaking;

namespace Generator.Pdf.Tests;

/// <summary>The label's name line: 14 pt, or smaller when the addressee (役職 + 担当者) would not fit one line at 14 pt.</summary>
public class LabelNameLineTests
{
    private static LaidOutLine[] NameLines(string name)
    {
        var page = PageLayoutOptions.Default;
        var sheet = LabelSheetOptions.Default;
        var font = FontRegistry.Get(FontLocator.Locate(null));
        var nameMeasurer = new TextMeasurer(font.File, sheet.NameFontSizePt, sheet.NameFontSizePt * page.CharacterPitchPt / page.FontSizePt);
        var layout = new LabelSheetLayout(sheet, page, new JlreqLineBreaker(), new TextMeasurer(font.File, page), nameMeasurer, font.File.AscentRatio)
            .Lay([new AddressLabel("060-8611", "北海道札幌市中央区北1条西2丁目", "", name)]);
        return [.. layout.Pages.Single().Rows.Single().Row.Lines.Where(l => l.FontSize != page.FontSizePt)];
    }

    [Fact]
    public void AShortNameIsSetAt14Points()
    {
        var line = Assert.Single(NameLines("札幌市長　様"));
        Assert.Equal(14, line.FontSize);
        Assert.Equal("札幌市長　様", line.Text);
    }

    [Fact]
    public void ANameTooLongFor14PointsIsSetSmallerOnOneLine()
    {
        // 17 characters of 14 pt need 241 pt; the label holds 216 pt
        var line = Assert.Single(NameLines("札幌市健康増進課長　山田　太郎　様"));
        Assert.Equal("札幌市健康増進課長　山田　太郎　様", line.Text);
        Assert.InRange(line.FontSize, PageLayoutOptions.Default.FontSizePt + 0.5, 13.5);
    }
}
