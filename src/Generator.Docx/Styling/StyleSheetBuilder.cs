using System.Diagnostics.CodeAnalysis;
using Generator.Model;
using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Docx.Layout;
using Generator.Layout;
using Generator.Docx.Packaging;

namespace Generator.Docx.Styling;

/// <summary>Builds styles.xml: document defaults, Normal, one paragraph style per kind of block, outline and table styles.</summary>
/// <remarks>All layout lives here, so a user who adds a paragraph of a style in Word gets the same look.</remarks>
internal static class StyleSheetBuilder
{
    /// <summary>The styles for a house style and what the letter contributes (language, outline indents).</summary>
    public static Styles Build(LetterInvariants invariants, DocxGeometry geometry)
    {
        var styles = new Styles();
        styles.Append(DocumentDefaults(geometry, invariants.Language));
        styles.Append(NormalStyle(geometry));
        styles.Append(DefaultParagraphFont());
        styles.Append(TableStyleBuilder.TableNormal());

        foreach (var style in BlockStyles(geometry)) styles.Append(style);
        foreach (var style in OutlineStyleBuilder.Build(invariants.Outline, geometry)) styles.Append(style);
        styles.Append(TableStyleBuilder.Bordered());
        styles.Append(TableStyleBuilder.Layout());
        styles.Append(FooterStyle(geometry));
        return styles;
    }

    private static IEnumerable<Style> BlockStyles(DocxGeometry g)
    {
        var right = new ParagraphLook { Alignment = JustificationValues.Right };
        var left = new ParagraphLook { Alignment = JustificationValues.Left };
        var centre = new ParagraphLook { Alignment = JustificationValues.Center };

        var number = new ParagraphLook { Alignment = Justification(g.Options.NumberAlignment) };
        yield return StyleFactory.Paragraph(StyleIds.DocumentNumber, "文書番号", number, g);
        yield return StyleFactory.Paragraph(StyleIds.DocumentLabel, "文書種別", number, g);
        // one empty line between the date and the addressees
        yield return StyleFactory.Paragraph(StyleIds.DateLine, "日付", Spaced(new ParagraphLook { Alignment = Justification(g.Options.DateAlignment) }, typeof(DateLine)), g);
        // the space after the group comes once, after its last line (contextual spacing)
        yield return StyleFactory.Paragraph(StyleIds.AddresseeGroup, "宛先", Spaced(left, typeof(AddresseeGroup)), g);
        // same spacing as the addressee lines, so 殿 centred in its cell stands midway between them
        yield return StyleFactory.Paragraph(StyleIds.Honorific, "敬称", left with { AfterLines = BlockSpacing.For(typeof(AddresseeGroup)).AfterLines }, g);
        yield return StyleFactory.Paragraph(StyleIds.Sender, "発信者", right with { KeepNext = true }, g, next: StyleIds.SealNote);
        yield return StyleFactory.Paragraph(StyleIds.SealNote, "公印省略", right, g, basedOn: StyleIds.Sender, next: StyleIds.Sender);
        // two characters in from either side, as in the 2018 circular (36 characters a line)
        yield return TitleRun(StyleFactory.Paragraph(StyleIds.Title, "件名",
            Spaced(centre, typeof(Title)) with { LeftChars = g.Options.TitleIndentChars, RightChars = g.Options.TitleIndentChars, KeepNext = true }, g, next: StyleIds.Paragraph), g);
        yield return StyleFactory.Paragraph(StyleIds.Paragraph, "本文",
            new ParagraphLook { Alignment = JustificationValues.Both, FirstLineChars = 1 }, g);
        yield return StyleFactory.Paragraph(StyleIds.NoteHeading, "記", Spaced(centre, typeof(NoteHeading)) with { KeepNext = true }, g);
        yield return StyleFactory.Paragraph(StyleIds.ClosingMark, "以上", right, g);
        yield return StyleFactory.Paragraph(StyleIds.Attachment, "別添", Spaced(left, typeof(Attachment)), g);
        yield return StyleFactory.Paragraph(StyleIds.ContactBlock, "担当", left, g);
        // a line of a bordered table is the border's width shorter than a grid line: LibreOffice adds each row's top line
        // to the row, and a row of n lines then takes at most n grid lines, as in the PDF, so both break a table on one row
        yield return StyleFactory.Paragraph(StyleIds.TableText, "表本文", left with { ExactLineTwips = g.LinePitch - TableStyleBuilder.BorderTwips }, g);
        yield return StyleFactory.Paragraph(StyleIds.TableHeading, "表見出し", centre, g, basedOn: StyleIds.TableText);
        yield return StyleFactory.Paragraph(StyleIds.AlignedLeft, "左寄せ行", left, g);
        yield return StyleFactory.Paragraph(StyleIds.AlignedCenter, "中央寄せ行", centre, g);
        yield return StyleFactory.Paragraph(StyleIds.AlignedRight, "右寄せ行", right, g);
    }

    private static JustificationValues Justification(LineAlignment alignment) => alignment switch
    {
        LineAlignment.Left => JustificationValues.Left,
        LineAlignment.Center => JustificationValues.Center,
        _ => JustificationValues.Right,
    };

    /// <summary>The style's title size and weight, when they differ from the body's (nothing added otherwise).</summary>
    private static Style TitleRun(Style title, DocxGeometry g)
    {
        var options = g.Options;
        if (options.TitleSizePt is null && !options.TitleBold) return title;
        var run = new StyleRunProperties();
        if (options.TitleBold) run.Append(new Bold(), new BoldComplexScript());
        if (options.TitleSizePt is { } size)
        {
            var half = ((int)Math.Round(size * 2, MidpointRounding.AwayFromZero)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            run.Append(new FontSize { Val = half }, new FontSizeComplexScript { Val = half });
        }
        title.Append(run);
        return title;
    }

    /// <summary>Applies the shared spacing table (Core's <see cref="BlockSpacing"/>) to a style.</summary>
    private static ParagraphLook Spaced(ParagraphLook look,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.NonPublicConstructors)] Type blockType)
    {
        var spacing = BlockSpacing.For(blockType);
        return look with { BeforeLines = spacing.BeforeLines, AfterLines = spacing.AfterLines, ContextualSpacing = spacing.Contextual };
    }

    private static DocDefaults DocumentDefaults(DocxGeometry g, string language)
    {
        var options = g.Options;
        var runDefaults = new RunPropertiesBaseStyle(
            new RunFonts
            {
                Ascii = options.LatinFontName,
                HighAnsi = options.LatinFontName,
                EastAsia = options.EastAsianFontName,
                ComplexScript = options.LatinFontName,
            },
            new Kern { Val = 2 },
            new FontSize { Val = g.FontHalfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new FontSizeComplexScript { Val = g.FontHalfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new Languages { Val = "en-US", EastAsia = string.IsNullOrEmpty(language) ? "ja-JP" : language, Bidi = "ar-SA" });
        return new DocDefaults(
            new RunPropertiesDefault(runDefaults),
            new ParagraphPropertiesDefault());
    }

    /// <summary>Normal (標準): Japanese Word's defaults — justified, no widow control, 禁則 on — with automatic spacing
    /// between Japanese and half-width text off and the text laid out off the character grid on lines exactly one grid
    /// line apart.</summary>
    /// <remarks>On the character grid LibreOffice rounds every run of half-width characters up to whole grid cells:
    /// 「15日」 reads 「15　日」 and 「平成29年」 「平成29　年」. Word's own documents set 「文書のグリッドに合わせる」 off
    /// (<c>w:snapToGrid w:val="0"</c>) for such text; LibreOffice honours it per paragraph only, not per run, so Normal
    /// sets it for every paragraph. Full-width characters then stand at their own width (10.5 pt: 40 of them still fill a
    /// 40-character line) and half-width runs at theirs, as in the PDF; the exact line spacing of one grid line keeps
    /// the lines per page. A house style whose grid is wider than its font (office-36: 40字 on 160 mm at 10.5 pt, an
    /// 11.34 pt pitch) would fit more characters off the grid than the PDF does (43), so Normal also widens the character
    /// spacing (<c>w:spacing</c>, 「文字間隔：広く」) by the whole twips that bring a full-width character up to the grid's
    /// pitch without passing it (<see cref="DocxGeometry.OffGridCharacterSpacing"/>): 40 characters a line again, and
    /// 「15日」 tight in both styles. Automatic spacing (<c>w:autoSpaceDE</c>/<c>w:autoSpaceDN</c>, 「日本語と英字の間隔を
    /// 自動調整する」「日本語と数字の間隔を自動調整する」) is off, so Word sets 「令和６年６月20日」 as tight as the PDF;
    /// LibreOffice (7.4 at least) ignores both on import and keeps its own ¼-em space, which <c>GridWidth</c> still counts.</remarks>
    private static Style NormalStyle(DocxGeometry g)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = StyleIds.Normal, Default = true };
        style.Append(new StyleName { Val = "Normal" });
        style.Append(new PrimaryStyle());
        var paragraph = new StyleParagraphProperties(
            new WidowControl { Val = false },
            new Kinsoku(),
            new OverflowPunctuation(),
            new AutoSpaceDE { Val = false },
            new AutoSpaceDN { Val = false });
        paragraph.Append(new SnapToGrid { Val = false });
        paragraph.Append(new SpacingBetweenLines { Line = g.LinePitch.ToString(System.Globalization.CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact });
        paragraph.Append(new Justification { Val = JustificationValues.Both });
        style.Append(paragraph);
        var run = new StyleRunProperties();
        // 文字間隔を広げる: a grid wider than the font spreads the characters to its pitch (see remarks)
        if (g.OffGridCharacterSpacing > 0) run.Append(new Spacing { Val = g.OffGridCharacterSpacing });
        // the size again (also in the defaults): LibreOffice computes the grid's character pitch from Normal's size
        var size = g.FontHalfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);
        run.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        style.Append(run);
        return style;
    }

    private static Style DefaultParagraphFont()
    {
        var style = new Style { Type = StyleValues.Character, StyleId = StyleIds.DefaultParagraphFont, Default = true };
        style.Append(new StyleName { Val = "Default Paragraph Font" });
        style.Append(new UIPriority { Val = 1 });
        style.Append(new SemiHidden());
        style.Append(new UnhideWhenUsed());
        return style;
    }

    private static Style FooterStyle(DocxGeometry g)
    {
        var style = StyleFactory.Paragraph(StyleIds.Footer, "footer", new ParagraphLook { Alignment = JustificationValues.Center }, g);
        style.CustomStyle = null;
        return style;
    }
}
