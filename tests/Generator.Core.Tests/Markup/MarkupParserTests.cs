using Generator.Markup;
using Generator.Model;

namespace Generator.Core.Tests.Markup;

/// <summary>Every markup part parses into its block; problems are collected with line and column.</summary>
public sealed class MarkupParserTests
{
    private static Document Parse(string markup)
    {
        var result = MarkupParser.Parse(markup, "test");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Document;
    }

    [Fact]
    public void Every_part_of_an_official_document()
    {
        var document = Parse("""
            @number 府医第36号
            @label 事務連絡
            @date 平成30年６月29日
            @to 各都道府県個人情報保護担当部局長

            @to 各都道府県保健福祉担当部局長
            @honorific 殿
            @from 厚生労働省医政局総務課長
            @seal affixed
            @from 札幌市長　秋元　克広
            @title 件名について（周知）
            　本文です。
            記
            １．項目
            以上
            @attachment ○別添　参考資料
            @contact 担当：総務課
            @contact 電話：03-0000-0000
            @center （別紙）
            @right 資料１
            @left 左の行
            @blank
            @pagebreak
            @meta date 2018-06-29
            @meta subject 周知
            """);
        Assert.Collection(document.Blocks,
            b => Assert.Equal("府医第36号", Assert.IsType<DocumentNumber>(b).Text),
            b => Assert.Equal("事務連絡", Assert.IsType<DocumentLabel>(b).Text),
            b => Assert.Equal("平成30年６月29日", Assert.IsType<DateLine>(b).Text),
            b =>
            {
                var g = Assert.IsType<AddresseeGroup>(b);
                Assert.Equal(["各都道府県個人情報保護担当部局長", "各都道府県保健福祉担当部局長"], g.Lines.ToArray());
                Assert.Equal("殿", g.Honorific);
            },
            b => Assert.Equal(new Sender("厚生労働省医政局総務課長", true, new SourcePosition(8)), b),
            b => Assert.False(Assert.IsType<Sender>(b).SealOmitted),
            b => Assert.Equal("件名について（周知）", Assert.IsType<Title>(b).Text),
            b => Assert.Equal("本文です。", Assert.IsType<Paragraph>(b).Text),
            b => Assert.IsType<NoteHeading>(b),
            b => Assert.Equal(("１．", "項目", 1), (((OutlineItem)b).Label, ((OutlineItem)b).Text, ((OutlineItem)b).Level)),
            b => Assert.IsType<ClosingMark>(b),
            b => Assert.Equal("○別添　参考資料", Assert.IsType<Attachment>(b).Text),
            b => Assert.Equal(["担当：総務課", "電話：03-0000-0000"], Assert.IsType<ContactBlock>(b).Lines.ToArray()),
            b => Assert.Equal(LineAlignment.Center, Assert.IsType<AlignedLine>(b).Alignment),
            b => Assert.Equal(LineAlignment.Right, Assert.IsType<AlignedLine>(b).Alignment),
            b => Assert.Equal(LineAlignment.Left, Assert.IsType<AlignedLine>(b).Alignment),
            b => Assert.IsType<BlankLine>(b),
            b => Assert.IsType<PageBreak>(b));
        Assert.Equal(new DateOnly(2018, 6, 29), document.Metadata.Date);
        Assert.Equal("件名について（周知）", document.Metadata.Title);
        Assert.Equal("厚生労働省医政局総務課長", document.Metadata.Author);
        Assert.Equal("周知", document.Metadata.Subject);
    }

    [Fact]
    public void Single_addressee_without_shared_honorific_and_a_second_group()
    {
        var document = Parse("@to 札幌市長\n@honorific 様\n　本文\n@to 函館市長");
        var groups = document.Blocks.OfType<AddresseeGroup>().ToList();
        Assert.Equal(2, groups.Count);
        Assert.Equal("様", groups[0].Honorific);
        Assert.Null(groups[1].Honorific);
    }

    [Fact]
    public void Tables_with_header_widths_and_escaped_bars()
    {
        var document = Parse("@table 30,70\n| 項目 | 内容 |\n|---|---|\n| 提供先 | A\\|B |\n| 方法 | 暗号化 |");
        var table = Assert.IsType<Table>(Assert.Single(document.Blocks));
        Assert.True(table.HasHeader);
        Assert.Equal([30, 70], table.ColumnWidths.ToArray());
        Assert.Equal(3, table.Rows.Length);
        Assert.Equal(["提供先", "A|B"], table.Rows[1].ToArray());
    }

    [Fact]
    public void Indented_lines_after_an_item_continue_it()
    {
        var document = Parse("１　件名\n　市立病院が保有する情報\n\n　第二段落\n本文に戻る");
        var item = Assert.IsType<OutlineItem>(document.Blocks[0]);
        Assert.Equal(["市立病院が保有する情報", "第二段落"], item.Continuations.ToArray());
        Assert.Equal("本文に戻る", Assert.IsType<Paragraph>(document.Blocks[1]).Text);
    }

    [Fact]
    public void An_indent_written_by_the_template_continues_an_item_even_when_data_follows_it()
    {
        var document = Parse("１　件名\n　" + MarkupEscaper.Escape("記") + "\n" + MarkupEscaper.Escape("　データの字下げ"));
        var item = Assert.IsType<OutlineItem>(document.Blocks[0]);
        Assert.Equal(["記"], item.Continuations.ToArray());
        Assert.Equal("　データの字下げ", Assert.IsType<Paragraph>(document.Blocks[1]).Text);
    }

    [Fact]
    public void Problems_are_all_collected_with_line_and_column()
    {
        var result = MarkupParser.Parse("@titel x\n@honorific 殿\n@seal maybe\n@meta date 2018/1/1\n| a | b |\n| c |\n@table x\n@blank y", "doc");
        var positions = result.Diagnostics.Select(d => (d.Line, d.Column)).ToList();
        Assert.Equal([(1, 1), (2, 1), (3, 7), (4, 12), (6, 1), (7, 8), (8, 8)], positions);
        Assert.All(result.Diagnostics, d => Assert.Equal("doc", d.File));
        Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Hint)));
    }

    [Fact]
    public void Escapes_make_tokens_literal()
    {
        var document = Parse("\\以上\n\\記\n\\@to x\n\\１．本文");
        Assert.Equal(["以上", "記", "@to x", "１．本文"], document.Blocks.Select(b => Assert.IsType<Paragraph>(b).Text));
    }

    [Fact]
    public void Escaper_folds_line_breaks_and_escapes_specials()
    {
        Assert.Equal("\\以上 \\@to x", MarkupEscaper.Escape("以上\n@to x"));
        Assert.Equal("\\a\\|b\\\\c", MarkupEscaper.Escape("a|b\\c"));
        Assert.Equal("\\札 幌", MarkupEscaper.Escape("札\r\n幌"));
        Assert.Equal("", MarkupEscaper.Escape(""));
    }
}
