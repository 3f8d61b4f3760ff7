using Generator.Data;

namespace Generator.Core.Tests.Data;

public class UnsafeCharactersTests
{
    [Theory]
    [InlineData("札幌\u001B[2J市", 2, 0x1B)]
    [InlineData("総務\u0085部", 2, 0x85)]
    [InlineData("\u202Eevil", 0, 0x202E)]
    [InlineData("a\u2067b", 1, 0x2067)]
    [InlineData("函館市\uFFFE", 3, 0xFFFE)]
    [InlineData("1行目\n2行目", 3, 0x0A)]
    public void Finds_the_first_unsafe_character(string text, int index, int codePoint) =>
        Assert.Equal((index, codePoint), UnsafeCharacters.FindFirst(text));

    [Theory]
    [InlineData("札幌市長　秋元　克広")]
    [InlineData("𠮷野家")]
    [InlineData("1行目\r\n2行目\tタブ")]
    public void Lets_ordinary_text_and_multi_line_cells_pass(string text) =>
        Assert.Null(UnsafeCharacters.FindFirst(text, allowLineBreaks: true));

    [Fact]
    public void Escapes_unsafe_characters_for_the_terminal()
    {
        Assert.Equal("札幌<U+001B>]0;x<U+0007>市<U+202E><U+D800>𠮷", UnsafeCharacters.Escape("札幌\u001B]0;x\u0007市\u202E\uD800𠮷"));
        Assert.Equal("plain 髙", UnsafeCharacters.Escape("plain 髙"));
        Assert.Equal((1, 0xD800), UnsafeCharacters.FindFirst("x\uD800y")); // a lone surrogate (xUnit data cannot carry one)
    }

    [Theory]
    [InlineData("a@b.jp;c@d.jp", new[] { "a@b.jp", "c@d.jp" })]
    [InlineData(" a@b.jp , c@d.jp ,", new[] { "a@b.jp", "c@d.jp" })]
    [InlineData("a@b.jp、c@d.jp；e@f.jp，g@h.jp", new[] { "a@b.jp", "c@d.jp", "e@f.jp", "g@h.jp" })]
    public void Splits_email_lists(string value, string[] expected) => Assert.Equal(expected, EmailAddressList.Split(value));

    [Theory]
    [InlineData(3, 2, "B3")]
    [InlineData(10, 27, "AA10")]
    [InlineData(1, 26, "Z1")]
    public void Formats_and_parses_cell_references(int row, int column, string reference)
    {
        Assert.Equal(reference, XlsxCellReference.Format(row, column));
        Assert.Equal((row, column), XlsxCellReference.Parse(reference));
        Assert.Equal((row, column), XlsxCellReference.Parse("$" + reference.TrimEnd("0123456789".ToCharArray()) + "$" + reference.TrimStart("ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToCharArray())));
    }
}
