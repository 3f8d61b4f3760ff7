using Generator.Markup;
using Generator.Model;

namespace Generator.Core.Tests.Markup;

/// <summary>The markup cases that need code: escaping by the template and the escaper itself. The parsing cases are the
/// examples of Specs/markup.md (MarkupSpecTests).</summary>
public sealed class MarkupParserTests
{
    private static Document Parse(string markup)
    {
        var result = MarkupParser.Parse(markup, "test");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Document;
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
    public void Escaper_folds_line_breaks_and_escapes_specials()
    {
        Assert.Equal("\\以上 \\@to x", MarkupEscaper.Escape("以上\n@to x"));
        Assert.Equal("\\a\\|b\\\\c", MarkupEscaper.Escape("a|b\\c"));
        Assert.Equal("\\札 幌", MarkupEscaper.Escape("札\r\n幌"));
        Assert.Equal("", MarkupEscaper.Escape(""));
    }
}
