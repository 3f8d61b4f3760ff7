using Generator.Markup;
using Generator.Writers.Text;

namespace Generator.Core.Tests.Writers;

/// <summary>The text writer aligns on a 40-character line and places a shared honorific between the addressees.</summary>
public sealed class PlainTextWriterTests
{
    private static IReadOnlyList<string> Lines(string markup) =>
        new PlainTextWriter().ToLines(MarkupParser.Parse(markup, "t").Document);

    [Fact]
    public void Shared_honorific_stands_between_two_addressees_right_of_the_longer()
    {
        var lines = Lines("@to 各都道府県担当部局長\n@to 各指定都市担当部長\n@honorific 殿");
        Assert.Equal(["各都道府県担当部局長", new string('\u3000', 11) + "殿", "各指定都市担当部長"], lines);
    }

    [Fact]
    public void Single_addressee_has_the_honorific_on_its_line() =>
        Assert.Equal(["札幌市長　様"], Lines("@to 札幌市長\n@honorific 様"));

    [Fact]
    public void Right_aligned_lines_end_at_column_40()
    {
        var lines = Lines("@date 平成30年６月29日\n@from 課長");
        Assert.Equal(new string('\u3000', 32) + "平成30年６月29日", lines[0]);
        Assert.Equal(new string('\u3000', 38) + "課長", lines[2]);
        Assert.Equal(new string('\u3000', 34) + "（公印省略）", lines[3]);
    }

    [Fact]
    public void Outline_items_hang_and_continuations_align_under_the_text()
    {
        var lines = Lines("１．大項目\n（１）中項目\n　続き");
        Assert.Equal(["１．大項目", "　　（１）　中項目", new string('\u3000', 6) + "　続き"], lines);
    }

    [Fact]
    public void Blocks_of_different_kinds_are_separated_by_a_blank_line() =>
        Assert.Equal(["　本文一", "　本文二", "", new string('\u3000', 19) + " 記"], Lines("本文一\n本文二\n記"));
}
