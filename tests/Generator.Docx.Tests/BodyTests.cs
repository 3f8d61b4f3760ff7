using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Diagnostics;
using M = Generator.Model;

namespace Generator.Docx.Tests;

/// <summary>What each block becomes in document.xml: styles, the honorific table, 公印省略, tables, contact box.</summary>
public sealed class BodyTests
{
    [Fact]
    public void Circular_blocks_come_in_order_with_their_styles()
    {
        using var package = DocxPackage.Of(Samples.Circular);
        var first = package.Body.Elements().Take(12).Select(Describe).ToList();
        Assert.Equal(
        [
            "DocumentNumber:府医第36号",
            "DateLine:平成30年６月29日",
            "table",
            "Sender:内閣府日本医療研究開発機構・医療情報基盤担当室参事官",
            "SealNote:（公印省略）",
            "Sender:文部科学省研究振興局ライフサイエンス課長",
            "SealNote:（公印省略）",
            "Sender:厚生労働省医政局総務課長",
            "SealNote:（公印省略）",
            "Sender:経済産業省商務・サービスグループヘルスケア産業課長",
            "SealNote:（公印省略）",
            "Title:医療分野の研究開発に資するための匿名加工医療情報に関する法律と個人情報の保護に関する条例との関係について（周知）",
        ], first);

        var paragraphs = package.TopParagraphs;
        // body text carries no indenting spaces: the style indents it
        Assert.Contains(("Paragraph", "その中では、" + "地方公共団体及び地方独立行政法人が保有する医療情報を認定匿名加工医療情報作成事業者に提供することは、個人情報の保護に関する条例上、個人情報を第三者に提供することができる場合として規定が整備された「法令に基づく場合」に該当すると考えられるものとしています。（この点、法の制定にかかる制度検討を行った際のとりまとめ報告書である「次世代医療ＩＣＴ基盤協議会医療情報取扱制度調整ワーキンググループ（ＷＧ－Ｂ）とりまとめ」（平成28年12月17日）においては、「医療情報匿名加工・提供機関（仮称）に関する個人情報保護の在り方」について、「①日本の医療水準の向上等を目指して匿名加工情報をその利活用者に提供するという特定の目的のために、②国が定める基準を満たす医療情報匿名加工・提供機関（仮称）に情報を提供する場合に限って、③情報を取り扱う主体の性格に応じて適用される法的な枠組みの相違にかかわらず統一的に、本人の同意が得られていない場合でも、医療情報匿名加工・提供機関（仮称）に対する医療等個人情報の提供を認めるもの」等とされています。）"), paragraphs);
        Assert.Contains(("NoteHeading", "記"), paragraphs);
        Assert.Contains(("Outline1", "１．個人情報の保護に関する条例における「法令に基づく場合」について"), paragraphs);
        Assert.Contains(paragraphs, p => p.Style == "Outline2" && p.Text.StartsWith("（２）\u3000なお、独立行政法人等", StringComparison.Ordinal));
        // the circular's template writes the note into its item; a line indented under an item is a continuation
        using var items = new DocxPackage(Samples.Render(Samples.Parse("１．項目\n（２）なお、独立行政法人等の規定です。\n　（総務省行政管理局に確認済です。）\n")));
        Assert.Contains(("Outline2Continuation", "（総務省行政管理局に確認済です。）"), items.TopParagraphs);
        Assert.Contains(("ClosingMark", "以上"), paragraphs);
        Assert.Contains(("Attachment", "○別添\u3000参考資料"), paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Text.StartsWith('\u3000') || p.Text.StartsWith(' '));
    }

    [Fact]
    public void Shared_honorific_stands_once_right_of_the_addressees_vertically_centred()
    {
        using var package = DocxPackage.Of(Samples.Circular);
        var table = package.Body.Elements<Table>().First();
        Assert.Equal("LayoutTable", table.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value);
        var row = Assert.Single(table.Elements<TableRow>());
        var cells = row.Elements<TableCell>().ToList();
        Assert.Equal(2, cells.Count);

        var lines = cells[0].Elements<Paragraph>().ToList();
        Assert.Equal(["各都道府県・指定都市個人情報保護担当部局長", "各都道府県・指定都市保健福祉担当部局長"], lines.Select(p => p.InnerText));
        Assert.All(lines, p => Assert.Equal("AddresseeGroup", p.ParagraphProperties!.ParagraphStyleId!.Val!.Value));

        var honorific = Assert.Single(cells[1].Elements<Paragraph>());
        Assert.Equal("殿", honorific.InnerText);
        Assert.Equal("Honorific", honorific.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal(TableVerticalAlignmentValues.Center, cells[1].TableCellProperties!.TableCellVerticalAlignment!.Val!.Value);
        Assert.Equal(1, package.Body.Descendants<Text>().Count(t => t.Text.Contains('殿')));

        // 21 characters + 1 of gap = 22 grid cells (22 × 212 twips) for the lines, 殿 + 1 = 2 cells beside them
        var widths = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToList();
        Assert.Equal([4664, 424], widths);
        Assert.True(4664 / 212.6 >= 21.5, "Word's 21 characters of the longest line must fit");
        Assert.True(widths.Sum() <= 8504);
    }

    [Fact]
    public void Honorific_and_lines_share_spacing_so_the_honorific_sits_midway()
    {
        // 殿's cell is centred vertically; it carries the same space after as the line group, so it lands between the lines
        using var package = DocxPackage.Of(Samples.Circular);
        var group = package.Style("AddresseeGroup").StyleParagraphProperties!;
        var honorific = package.Style("Honorific").StyleParagraphProperties!;
        Assert.Equal(group.SpacingBetweenLines!.AfterLines!.Value, honorific.SpacingBetweenLines!.AfterLines!.Value);
        Assert.NotNull(group.ContextualSpacing);
        Assert.Null(honorific.ContextualSpacing);
    }

    [Fact]
    public void Single_addressee_keeps_its_honorific_on_the_same_line()
    {
        using var package = DocxPackage.Of(Samples.SingleAddressee);
        Assert.Contains(("AddresseeGroup", "○○市長\u3000様"), package.TopParagraphs);
        Assert.Empty(package.Body.Elements<Table>());
    }

    [Fact]
    public void Addressees_without_honorific_are_plain_lines()
    {
        var document = Samples.Parse("@to 各位\n@to 関係者\n@from ○○課長\n");
        using var package = new DocxPackage(Samples.Render(document));
        Assert.Equal([("AddresseeGroup", "各位"), ("AddresseeGroup", "関係者")], package.TopParagraphs.Take(2));
    }

    [Fact]
    public void Seal_note_follows_each_sender_unless_the_seal_is_affixed()
    {
        var document = Samples.Parse("@from 甲課長\n@seal affixed\n@from 乙部長\n");
        using var package = new DocxPackage(Samples.Render(document));
        Assert.Equal([("Sender", "甲課長"), ("SealNote", "（公印省略）"), ("Sender", "乙部長")], package.TopParagraphs);
    }

    [Fact]
    public void Data_table_has_a_repeating_shaded_header_and_relative_widths()
    {
        using var package = DocxPackage.Of(Samples.TableDocument);
        var tables = package.Body.Elements<Table>().ToList();
        var data = tables[0];
        Assert.Equal("BorderedTable", data.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value);
        Assert.Equal([2551, 5953], Widths(data)); // 30:70 of 8504

        var rows = data.Elements<TableRow>().ToList();
        Assert.Equal(5, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows[0].Elements<TableCell>(), c =>
        {
            Assert.Equal("D9D9D9", c.TableCellProperties!.Shading!.Fill!.Value);
            Assert.Equal("TableHeading", c.GetFirstChild<Paragraph>()!.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        });
        Assert.Null(rows[1].TableRowProperties);
        Assert.Equal(["提供先", "一般財団法人○○ & <株式会社> \"△△\""], rows[1].Elements<TableCell>().Select(c => c.InnerText));
        Assert.All(rows[1].Elements<TableCell>(), c =>
        {
            Assert.Null(c.TableCellProperties!.Shading);
            Assert.Equal("TableText", c.GetFirstChild<Paragraph>()!.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        });

        // a table without widths and header: equal columns, no header row
        var plain = tables[1];
        Assert.Equal([2834, 2834, 2836], Widths(plain));
        Assert.DoesNotContain(plain.Descendants<TableHeader>(), _ => true);
    }

    [Fact]
    public void A_label_and_value_line_under_an_item_wraps_under_its_value()
    {
        using var package = new DocxPackage(Samples.Render(Samples.Parse(
            "３　提供先\n　名称：一般社団法人ライフデータイニシアティブ\n　認定：令和元年12月19日に次世代医療基盤法に基づく主務大臣の認定を受けた認定匿名加工医療情報作成事業者です。\n　本文の続きで、ラベルのない行です。\n")));
        var continuations = package.Body.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Outline1Continuation").ToList();
        Assert.Equal(3, continuations.Count);
        var styleLeft = package.Style("Outline1Continuation").StyleParagraphProperties!.Indentation!.LeftChars!.Value;

        // 「認定：」 is three characters: the first line starts one character in from the item's text, wrapped lines under the value
        var labelled = continuations[1].ParagraphProperties!.Indentation!;
        Assert.StartsWith("認定：", continuations[1].InnerText, StringComparison.Ordinal);
        Assert.Equal((styleLeft + 100 + 300, 300), (labelled.LeftChars!.Value, labelled.HangingChars!.Value));
        Assert.Equal(int.Parse(labelled.Left!.Value!) - int.Parse(labelled.Hanging!.Value!),
            int.Parse(package.Style("Outline1Continuation").StyleParagraphProperties!.Indentation!.Left!.Value!) + int.Parse(package.Style("Outline1Continuation").StyleParagraphProperties!.Indentation!.FirstLine!.Value!));
        Assert.Equal(styleLeft + 100 + 300, continuations[0].ParagraphProperties!.Indentation!.LeftChars!.Value); // 「名称：」 too
        // a line without a label keeps the continuation style's indent
        Assert.Null(continuations[2].ParagraphProperties!.Indentation);
    }

    [Fact]
    public void Contact_lines_sit_in_a_bordered_box_on_the_right()
    {
        using var package = DocxPackage.Of(Samples.Circular);
        var box = package.Body.Elements<Table>().Last();
        var properties = box.GetFirstChild<TableProperties>()!;
        Assert.Equal("BorderedTable", properties.TableStyle!.Val!.Value);
        Assert.Equal(TableRowAlignmentValues.Right, properties.TableJustification!.Val!.Value);
        var width = int.Parse(properties.TableWidth!.Width!.Value!);
        Assert.InRange(width, 8504 / 2, 8504);
        var cell = Assert.Single(box.Descendants<TableCell>());
        Assert.Equal(["担当：内閣府日本医療研究開発機構・医療情報基盤担当室", "電話：03-0000-0000"], cell.Elements<Paragraph>().Select(p => p.InnerText));
        Assert.All(cell.Elements<Paragraph>(), p => Assert.Equal("ContactBlock", p.ParagraphProperties!.ParagraphStyleId!.Val!.Value));
        // an empty line stands between the text above and the box
        Assert.IsType<Paragraph>(box.PreviousSibling());
        Assert.Equal("", box.PreviousSibling()!.InnerText);
    }

    [Fact]
    public void Free_lines_blank_lines_and_page_breaks()
    {
        var document = Samples.Parse("@center （別紙）\n@right 令和６年４月１日\n@left 左の行\n@blank\n@pagebreak\n本文です。\n");
        using var package = new DocxPackage(Samples.Render(document));
        var body = package.Body.Elements<Paragraph>().ToList();
        Assert.Equal(("AlignedCenter", "（別紙）"), (body[0].ParagraphProperties!.ParagraphStyleId!.Val!.Value, body[0].InnerText));
        Assert.Equal("AlignedRight", body[1].ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal("AlignedLeft", body[2].ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal("", body[3].InnerText);
        Assert.Empty(body[3].Elements<Run>());
        Assert.Equal(BreakValues.Page, body[4].Descendants<Break>().Single().Type!.Value);
        Assert.Equal(("Paragraph", "本文です。"), (body[5].ParagraphProperties!.ParagraphStyleId!.Val!.Value, body[5].InnerText));
    }

    [Fact]
    public void Touching_tables_are_kept_apart()
    {
        var document = Samples.Parse("| a | b |\n@table\n| c | d |\n");
        using var package = new DocxPackage(Samples.Render(document));
        var elements = package.Body.ChildElements.Where(e => e is not SectionProperties).ToList();
        // each table has its empty line above; the first table's line below is the space above the second's empty line
        // (BlockSpacing: two lines between them), so two tables never touch; the body ends with a hidden closing paragraph
        Assert.Equal(["Paragraph", "Table", "Paragraph", "Table", "Paragraph"], elements.Select(e => e.GetType().Name));
        var between = (Paragraph)elements[2];
        Assert.Empty(between.Descendants<Run>());
        Assert.Equal("365", between.ParagraphProperties?.SpacingBetweenLines?.Before?.Value);
        Assert.NotNull(((Paragraph)elements[4]).ParagraphProperties?.ParagraphMarkRunProperties?.GetFirstChild<Vanish>());
    }

    [Fact]
    public void A_tables_line_of_space_below_is_the_next_paragraphs_space_before()
    {
        // an empty paragraph as the space would take the first line of the next page when the table ends at a page foot
        var document = Samples.Parse("| a | b |\n　本文です。\n記\n| c | d |\n@attachment 別添\n");
        using var package = new DocxPackage(Samples.Render(document));
        var elements = package.Body.ChildElements.Where(e => e is not SectionProperties).ToList();
        Assert.Equal(["Paragraph", "Table", "Paragraph", "Paragraph", "Paragraph", "Table", "Paragraph"], elements.Select(e => e.GetType().Name));
        var spacing = elements.OfType<Paragraph>().Select(p => p.ParagraphProperties?.SpacingBetweenLines).ToList();
        // 本文: the table's line; 別添: the table's line and its own (its style's, which the paragraph's setting replaces)
        Assert.Equal(("365", 100), (spacing[1]?.Before?.Value, spacing[1]?.BeforeLines?.Value));
        Assert.Equal(("730", 200), (spacing[4]?.Before?.Value, spacing[4]?.BeforeLines?.Value));
        // 記 after 本文 keeps its style's spacing
        Assert.Null(spacing[2]);
    }

    [Fact]
    public void Markup_characters_in_data_are_just_text()
    {
        var document = Samples.Parse("<b>強調</b> & \"引用\" 'x' ]]> <!-- c -->\n");
        var bytes = Samples.Render(document);
        using var package = new DocxPackage(bytes);
        Assert.Equal("<b>強調</b> & \"引用\" 'x' ]]> <!-- c -->", package.TopParagraphs.Single().Text);
        Assert.Empty(package.Body.Descendants<Bold>());
    }

    [Fact]
    public void Control_characters_are_refused_with_the_markup_line()
    {
        var document = new M.Document(Samples.Parse("x\n").Metadata,
            [new M.Paragraph("ベル\u0007です", new M.SourcePosition(7))]);
        var error = Assert.Throws<GeneratorException>(() => Samples.Render(document));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(7, diagnostic.Line);
        Assert.Contains("U+0007", diagnostic.Message);
    }

    [Fact]
    public void A_heading_item_and_the_empty_lines_under_it_are_kept_with_what_follows()
    {
        // issue 14: the PDF keeps a one-line item that is no sentence with the next block; the DOCX says so to LibreOffice
        var document = Samples.Parse("１　根拠法令\n@blank\n@table\n| 区分 | 項目 |\n|---|---|\n| 基本 | 性別 |\n"
            + "２　この通知は、令和７年４月１日から適用する。\n本文です。\n３　見出しの後の段落\n　続きの段落です。\n");
        using var package = new DocxPackage(Samples.Render(document));
        var kept = package.Body.Elements().Where(e => e is Paragraph or Table).Select(e => e is Paragraph p
            ? $"{(p.ParagraphProperties?.KeepNext is null ? "" : "keep ")}{DocxPackage.TextOf(p)}"
            : "table").ToList();
        Assert.Equal(["keep １\u3000根拠法令", "keep ", "keep ", "table", "２\u3000この通知は、令和７年４月１日から適用する。", "本文です。",
            "keep ３\u3000見出しの後の段落", "続きの段落です。"], kept);
    }

    private static string Describe(DocumentFormat.OpenXml.OpenXmlElement element) => element switch
    {
        Paragraph p => $"{p.ParagraphProperties?.ParagraphStyleId?.Val?.Value}:{DocxPackage.TextOf(p)}",
        Table => "table",
        _ => element.LocalName,
    };

    private static List<int> Widths(Table table) =>
        table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToList();
}
