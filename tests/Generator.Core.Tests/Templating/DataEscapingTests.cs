using Generator.Core.Tests.Support;
using Generator.Model;

namespace Generator.Core.Tests.Templating;

/// <summary>A value from data is always text: it cannot create a block, a directive, a cell or run code.</summary>
public sealed class DataEscapingTests
{
    private static Document Render(string name) =>
        TestRendering.Tests.Generate("escaping", new Dictionary<string, object?>(), new Dictionary<string, object?> { ["name"] = name });

    [Theory]
    [InlineData("札幌市\n以上")]
    [InlineData("以上")]
    [InlineData("記")]
    [InlineData("{{ 7*7 }}")]
    [InlineData("<b>A&B</b>")]
    [InlineData("@title 乗っ取り")]
    [InlineData("１．偽の項目")]
    [InlineData("a | b")]
    [InlineData("\\以上")]
    public void Data_stays_text_in_every_position(string name)
    {
        var document = Render(name);
        var expected = name.Replace("\n", " ");

        // the structure is exactly what the template wrote, whatever the data holds
        Assert.Collection(document.Blocks,
            b => Assert.Equal([expected], Assert.IsType<AddresseeGroup>(b).Lines.ToArray()),
            b => Assert.Equal(expected + "について", Assert.IsType<Title>(b).Text),
            b => Assert.Equal(expected, Assert.IsType<Paragraph>(b).Text),
            b => Assert.Equal("本文に" + expected + "を含む。", Assert.IsType<Paragraph>(b).Text),
            b => Assert.Equal("項目", Assert.IsType<OutlineItem>(b).Text),
            b => Assert.Equal(expected, Assert.IsType<Paragraph>(b).Text),
            b => Assert.Equal(["名前", expected], Assert.Single(Assert.IsType<Table>(b).Rows).ToArray()),
            b => Assert.Equal("部品が書く名前：" + expected, Assert.IsType<Paragraph>(b).Text));
    }

    [Fact]
    public void Indented_data_after_an_outline_item_is_not_a_continuation()
    {
        var document = Render("　字下げ");
        var item = Assert.Single(document.Blocks.OfType<OutlineItem>());
        Assert.Empty(item.Continuations);
        Assert.Contains(document.Blocks, b => b is Paragraph { Text: "　字下げ" });
    }

    [Fact]
    public void Template_code_in_data_is_printed_not_evaluated()
    {
        var document = Render("{{ 7*7 }}");
        Assert.DoesNotContain(document.AllText(), t => t.Contains("49"));
    }
}
