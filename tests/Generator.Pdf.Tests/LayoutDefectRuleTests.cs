using Generator.Model;
using Generator.Pdf.Layout;

namespace Generator.Pdf.Tests;

/// <summary>The layout defects of issue 14 as rules on the immutable layout: a heading is never last on a page, the
/// contact box is never alone on one, table headers are centred, outline texts align whatever their label's width.</summary>
public class LayoutDefectRuleTests
{
    private static DocumentLayout Lay(string markup) => new PdfWriter().Layout(TestDocuments.Parse(markup));

    /// <summary><paramref name="count"/> one-line paragraphs, each its own block.</summary>
    private static string Paragraphs(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"　第{i}段落の本文です。\n"));

    [Fact]
    public void TheContactBoxTakesTheLastLineBeforeItToAPageItWouldOtherwiseHaveAlone()
    {
        // 35 lines + 1 line of space + a 2-line box do not fit the 36-line page
        var layout = Lay(Paragraphs(35) + "@contact 担当：総務課　○○\n@contact 電話：000-000-0000\n");
        Assert.Equal(2, layout.Pages.Length);
        var second = layout.Pages[1].Rows;
        Assert.Equal(2, second.Length);
        Assert.IsType<Paragraph>(second[0].Source);
        Assert.Equal("第35段落の本文です。", second[0].Row.Lines[0].Text);
        Assert.IsType<ContactBlock>(second[1].Source);
        // the box keeps its one line of space from the text above
        Assert.Equal(second[0].Top + 2 * layout.Options.LinePitchPt, second[1].Top, 3);
        Assert.Equal(34, layout.Pages[0].Rows.Length);
    }

    [Fact]
    public void AOneLineOutlineHeadingMovesToTheNextPageWithItsText()
    {
        // the heading would be line 36 and its text line 37
        var layout = Lay(Paragraphs(35) + "５　根拠法令\n　本文の一行目です。\n");
        Assert.Equal(35, layout.Pages[0].Rows.Length);
        Assert.Equal("５　根拠法令", layout.Pages[1].Rows[0].Row.Lines[0].Text);
    }

    [Theory]
    // a heading, one line of space, a table's header and first row: 4 lines from line 35 of 36
    [InlineData(34, "５　根拠法令", "@table 30,70\n| 区分 | 項目 |\n|---|---|\n| 基本情報 | 性別 |\n")]
    // a table without a header: the heading, the space, the first row
    [InlineData(34, "５　根拠法令", "@table 30,70\n| 基本情報 | 性別 |\n| 詳細情報 | 住所 |\n")]
    // 記 has a line of space above it, as a table has
    [InlineData(34, "５　根拠法令", "記\n（１）一行の文です。\n")]
    [InlineData(34, "５　根拠法令", "@attachment ○別添　参考資料\n")]
    // the contact box does not carry a heading along (it would be alone above the box): the heading goes with it
    [InlineData(34, "５　連絡先", "@contact 担当：総務課　○○\n")]
    // a title has a line of space below it: two lines of space above it, the title at line 35, then the space and the text
    [InlineData(32, "@title 表の配置について（通知）", "　本文の一行目です。\n")]
    public void AHeadingKeptWithTheNextBlockCountsTheSpaceAboveThatBlock(int before, string heading, string next)
    {
        // the heading fits the page's last lines with the next block's first row, but not with the space above it too
        var layout = Lay(Paragraphs(before) + heading + "\n" + next);
        var text = heading.Replace("@title ", "", StringComparison.Ordinal);
        var first = layout.Pages[0].Rows;
        Assert.NotEqual(text, first[^1].Row.Lines.IsEmpty ? "" : first[^1].Row.Lines[0].Text);
        Assert.Equal(before, first.Length);
        Assert.Equal(text, layout.Pages[1].Rows[0].Row.Lines[0].Text);
        // and the block after it follows on that page, after its line of space
        Assert.NotEqual(layout.Pages[1].Rows[0].Source, layout.Pages[1].Rows[^1].Source);
        Assert.Equal(layout.Pages[1].Rows[0].Top + 2 * layout.Options.LinePitchPt, layout.Pages[1].Rows[1].Top, 3);
    }

    [Fact]
    public void AnOutlineItemThatIsASentenceMayEndAPage()
    {
        var layout = Lay(Paragraphs(35) + "（１）一行の文です。\n（２）次の文です。\n");
        Assert.Equal(36, layout.Pages[0].Rows.Length);
    }

    [Fact]
    public void TableHeaderCellsAreCentredAsTheDocxCentresThem()
    {
        var layout = Lay("@table 30,70\n| 区分 | 項目 |\n|---|---|\n| 基本情報 | 性別 |\n");
        var rows = layout.Pages[0].Rows;
        var header = rows[0].Row;
        var rules = header.Rules.Where(r => r.X1 == r.X2).Select(r => r.X1).Order().ToList(); // column edges
        for (var c = 0; c < 2; c++)
        {
            var line = header.Lines[c];
            Assert.Equal((rules[c] + rules[c + 1]) / 2, (line.Left + line.Right) / 2, 3);
        }
        // body cells stay flush left, half a character in
        Assert.Equal(rules[0] + layout.Options.CharacterPitchPt / 2, rows[1].Row.Lines[0].Left, 3);
    }

    [Fact]
    public void AnItemsTextStartsAtItsIndentAfterAHalfWidthTwoDigitLabel()
    {
        // 「10」 is 1.24 characters wide in IPAex; 「10　開始時期」 once sat a quarter character right of 「９　提供方法」
        var layout = Lay("９　提供方法\n10　開始時期\n");
        var rows = layout.Pages[0].Rows;
        var nine = rows[0].Row.Lines[0];
        var ten = rows[1].Row.Lines[0];
        Assert.Equal("９　提供方法", nine.Text);
        Assert.Equal("10　開始時期", ten.Text);
        var textOfNine = nine.Runs.First(r => r.Text == "提");
        var textOfTen = ten.Runs.First(r => r.Text == "開");
        Assert.Equal(textOfNine.X, textOfTen.X, 3);
        Assert.Equal(nine.Runs[0].X, ten.Runs[0].X, 3); // labels start together too
    }

    [Fact]
    public void AWrappedLabelValueLineContinuesUnderTheValue()
    {
        var layout = Lay("３　提供先\n　名称：一般社団法人ライフデータイニシアティブ\n　認定：令和元年12月19日に次世代医療基盤法に基づく主務大臣の認定を受けた認定匿名加工医療情報作成事業者です。\n");
        var lines = layout.Pages[0].Rows.SelectMany(r => r.Row.Lines).ToList();
        var first = lines.Single(l => l.Text.StartsWith("認定：", StringComparison.Ordinal));
        var wrapped = lines[lines.IndexOf(first) + 1];
        // the value starts three grid cells after the label's start (「認定：」); the first line's spread moves it no further
        Assert.Equal(first.Left + 3 * layout.Options.CharacterPitchPt, wrapped.Left, 3);
    }
}
