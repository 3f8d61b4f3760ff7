using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Layout;

namespace Generator.Docx.Tests;

/// <summary>Layout lives in styles: alignment, indents, fonts and Japanese line-breaking settings.</summary>
public sealed class StyleSheetTests
{
    // Default geometry: text width 210 − 2 × 30 mm = 8504 twips, 40 characters → pitch 212.6 twips (w:charSpace 532:
    // 10.5 pt + 532/4096 pt = 10.6299 pt). Word reads the *Chars attributes; the twips beside them count LibreOffice's
    // whole-twip pitch of 212: one character = 212 twips, two = 424, four = 848, six = 1272, eight = 1696.

    [Theory]
    [InlineData("Title", "件名", "center")]
    [InlineData("Paragraph", "本文", "both")]
    [InlineData("NoteHeading", "記", "center")]
    [InlineData("ClosingMark", "以上", "right")]
    [InlineData("AddresseeGroup", "宛先", "left")]
    [InlineData("Honorific", "敬称", "left")]
    [InlineData("Sender", "発信者", "right")]
    [InlineData("SealNote", "公印省略", "right")]
    [InlineData("DocumentNumber", "文書番号", "right")]
    [InlineData("DocumentLabel", "文書種別", "right")]
    [InlineData("DateLine", "日付", "right")]
    [InlineData("ContactBlock", "担当", "left")]
    [InlineData("Attachment", "別添", "left")]
    [InlineData("TableText", "表本文", "left")]
    [InlineData("TableHeading", "表見出し", "center")]
    [InlineData("AlignedCenter", "中央寄せ行", "center")]
    [InlineData("AlignedRight", "右寄せ行", "right")]
    [InlineData("Footer", "footer", "center")]
    public void Block_style_has_its_Japanese_name_and_alignment(string id, string name, string alignment)
    {
        using var package = DocxPackage.Of(Samples.Circular);
        var style = package.Style(id);
        Assert.Equal(StyleValues.Paragraph, style.Type!.Value);
        Assert.Equal(name, style.StyleName!.Val!.Value);
        Assert.Equal(alignment, style.StyleParagraphProperties!.Justification!.Val!.ToString());
        var expectedBase = id switch { "SealNote" => "Sender", "TableHeading" => "TableText", _ => "Normal" };
        Assert.Equal(expectedBase, style.BasedOn!.Val!.Value);
    }

    [Fact]
    public void Body_paragraph_has_a_one_character_first_line_indent()
    {
        using var package = DocxPackage.Of(Samples.Circular);
        var ind = package.Style("Paragraph").StyleParagraphProperties!.Indentation!;
        Assert.Equal(100, ind.FirstLineChars!.Value);
        Assert.Equal("212", ind.FirstLine!.Value);
        Assert.Null(ind.Hanging);
    }

    [Fact]
    public void Title_is_centred_between_two_character_indents_with_space_around()
    {
        using var package = DocxPackage.Of(Samples.Circular);
        var pPr = package.Style("Title").StyleParagraphProperties!;
        Assert.Equal(200, pPr.Indentation!.LeftChars!.Value);
        Assert.Equal(200, pPr.Indentation.RightChars!.Value);
        Assert.Equal(200, pPr.SpacingBetweenLines!.BeforeLines!.Value);
        Assert.Equal(100, pPr.SpacingBetweenLines.AfterLines!.Value);
        Assert.NotNull(pPr.KeepNext);
    }

    [Fact]
    public void Outline_levels_hang_their_token_so_wrapped_lines_align_under_the_text()
    {
        // circular: level 1 「１．」 (2 characters, no separator), level 2 「（１）」 + 「　」 (4 characters)
        using var package = DocxPackage.Of(Samples.Circular);

        var level1 = package.Style("Outline1");
        Assert.Equal("項目１", level1.StyleName!.Val!.Value);
        AssertIndent(level1, left: 424, leftChars: 200, hanging: 424, hangingChars: 200);

        var level2 = package.Style("Outline2");
        Assert.Equal("項目２", level2.StyleName!.Val!.Value);
        AssertIndent(level2, left: 1272, leftChars: 600, hanging: 848, hangingChars: 400);

        // continuation paragraphs: under the item's text, first line indented one character
        var continuation = package.Style("Outline2Continuation").StyleParagraphProperties!.Indentation!;
        Assert.Equal("1272", continuation.Left!.Value);
        Assert.Equal(600, continuation.LeftChars!.Value);
        Assert.Equal(100, continuation.FirstLineChars!.Value);
        Assert.Null(continuation.Hanging);

        Assert.DoesNotContain(package.Styles.Elements<Style>(), s => s.StyleId == "Outline3");
    }

    [Fact]
    public void Outline_indent_style_one_character_is_honoured()
    {
        var options = PageLayoutOptions.Default with { OutlineIndent = OutlineIndentStyle.OneCharacter };
        using var package = new DocxPackage(Samples.Render(Samples.Load(Samples.Circular), options));
        AssertIndent(package.Style("Outline1"), left: 212, leftChars: 100, hanging: 212, hangingChars: 100);
        AssertIndent(package.Style("Outline2"), left: 424, leftChars: 200, hanging: 212, hangingChars: 100);
    }

    [Fact]
    public void Three_levels_of_the_single_addressee_sample_get_three_styles()
    {
        // 「１」+「　」 = 2, 「（１）」+「　」 = 4, 「ア」+「　」 = 2 characters
        using var package = DocxPackage.Of(Samples.SingleAddressee);
        AssertIndent(package.Style("Outline1"), left: 424, leftChars: 200, hanging: 424, hangingChars: 200);
        AssertIndent(package.Style("Outline2"), left: 1272, leftChars: 600, hanging: 848, hangingChars: 400);
        AssertIndent(package.Style("Outline3"), left: 1696, leftChars: 800, hanging: 424, hangingChars: 200);
    }

    [Fact]
    public void Normal_turns_on_Japanese_line_breaking_and_sets_fonts_and_size()
    {
        using var package = DocxPackage.Of(Samples.Circular);
        var normal = package.Style("Normal");
        Assert.True(normal.Default!.Value);
        var pPr = normal.StyleParagraphProperties!;
        Assert.NotNull(pPr.Kinsoku);
        Assert.True(pPr.Kinsoku!.Val is null || pPr.Kinsoku.Val.Value);
        // no automatic space between Japanese and half-width text: 「15日」 tight in Word, as in our PDF (issue 14)
        Assert.False(pPr.AutoSpaceDE!.Val!.Value);
        Assert.False(pPr.AutoSpaceDN!.Val!.Value);
        Assert.NotNull(pPr.OverflowPunctuation);
        Assert.False(pPr.WidowControl!.Val!.Value);
        Assert.Equal(JustificationValues.Both, pPr.Justification!.Val!.Value);
        Assert.Equal("21", normal.StyleRunProperties!.FontSize!.Val!.Value);

        var defaults = package.Styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("ＭＳ 明朝", defaults.RunFonts!.EastAsia!.Value);
        Assert.Equal("Century", defaults.RunFonts.Ascii!.Value);
        Assert.Equal("Century", defaults.RunFonts.HighAnsi!.Value);
        Assert.Equal("21", defaults.FontSize!.Val!.Value);
        Assert.Equal("ja-JP", defaults.Languages!.EastAsia!.Value);
    }

    [Fact]
    public void Fonts_come_from_the_options()
    {
        var options = PageLayoutOptions.Default with { EastAsianFontName = "IPAex明朝", LatinFontName = "Times New Roman", FontSizePt = 12 };
        using var package = new DocxPackage(Samples.Render(Samples.Load(Samples.SingleAddressee), options));
        var defaults = package.Styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("IPAex明朝", defaults.RunFonts!.EastAsia!.Value);
        Assert.Equal("Times New Roman", defaults.RunFonts.Ascii!.Value);
        Assert.Equal("24", defaults.FontSize!.Val!.Value);
        var fonts = package.Word.MainDocumentPart!.FontTablePart!.Fonts!.Elements<Font>().Select(f => f.Name!.Value).ToList();
        Assert.Equal(["IPAex明朝", "Times New Roman"], fonts);
    }

    [Fact]
    public void Font_table_describes_MS_Mincho_as_a_Japanese_font()
    {
        using var package = DocxPackage.Of(Samples.Circular);
        var font = package.Word.MainDocumentPart!.FontTablePart!.Fonts!.Elements<Font>().Single(f => f.Name == "ＭＳ 明朝");
        Assert.Equal("80", font.FontCharSet!.Val!.Value);
        Assert.Equal("MS Mincho", font.AltName!.Val!.Value);
        Assert.Equal("02020609040205080304", font.Panose1Number!.Val!.Value);
        Assert.Equal(FontFamilyValues.Roman, font.FontFamily!.Val!.Value);
    }

    [Fact]
    public void Tables_use_a_bordered_style_and_a_borderless_layout_style()
    {
        using var package = DocxPackage.Of(Samples.Circular);
        var bordered = package.Style("BorderedTable").StyleTableProperties!.TableBorders!;
        Assert.Equal(BorderValues.Single, bordered.InsideHorizontalBorder!.Val!.Value);
        Assert.Equal(BorderValues.Single, bordered.TopBorder!.Val!.Value);
        var layout = package.Style("LayoutTable").StyleTableProperties!;
        Assert.Equal(BorderValues.None, layout.TableBorders!.InsideVerticalBorder!.Val!.Value);
        Assert.Equal((short)0, layout.TableCellMarginDefault!.TableCellLeftMargin!.Width!.Value);
    }

    private static void AssertIndent(Style style, int left, int leftChars, int hanging, int hangingChars)
    {
        var ind = style.StyleParagraphProperties!.Indentation!;
        Assert.Equal(left.ToString(), ind.Left!.Value);
        Assert.Equal(leftChars, ind.LeftChars!.Value);
        Assert.Equal(hanging.ToString(), ind.Hanging!.Value);
        Assert.Equal(hangingChars, ind.HangingChars!.Value);
        Assert.Null(ind.FirstLine);
    }
}
