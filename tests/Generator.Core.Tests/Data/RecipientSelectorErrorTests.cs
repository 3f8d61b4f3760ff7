using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Core.Tests.Data;

public class RecipientSelectorErrorTests
{
    private static RecipientSelection Parse(string selector) => RecipientSelector.Parse(selector);

    [Theory]
    [InlineData("builtin:everything", "builtin:everything: error: Unknown selector 'builtin:everything'.")]
    [InlineData("builtin:prefecture=", "builtin:prefecture=: error: Selector 'builtin:prefecture=' has no value after '='.")]
    [InlineData("builtin:prefecture=北海", "builtin:prefecture=北海: error: Unknown prefecture '北海'. — Write its name (北海道, 東京都 or 東京) or its code 01–47.")]
    [InlineData("builtin:prefecture=48", "builtin:prefecture=48: error: Unknown prefecture '48'. — Write its name (北海道, 東京都 or 東京) or its code 01–47.")]
    [InlineData("builtin:kind=ward", "builtin:kind=ward: error: Unknown kind 'ward'. — Kinds: prefecture, designated-city, city, special-ward, town, village.")]
    [InlineData("builtin:kind=agency", "builtin:kind=agency: error: Unknown kind 'agency'. — Kinds: prefecture, designated-city, city, special-ward, town, village.")]
    [InlineData("builtin:code=011003", "builtin:code=011003: error: Bad check digit in code '011003': the last digit should be 2 (011002). — Write 6-digit codes (or 5 digits without the check digit), separated by commas.")]
    [InlineData("builtin:code=011011", "builtin:code=011011: error: Unknown code '011011': it is not in the built-in directory. — Check the code.")]
    [InlineData("builtin:code=016951", "builtin:code=016951: error: Code 016951 (色丹村) is not in service: it has a code but no functioning office (北方領土). — Leave it out.")]
    public void Errors_are_clear(string selector, string expected)
    {
        var ex = Assert.Throws<GeneratorException>(() => Parse(selector));
        var diagnostic = Assert.Single(ex.Diagnostics);
        Assert.StartsWith(expected, diagnostic.ToString());
    }

    [Fact]
    public void Unknown_selector_lists_the_valid_ones()
    {
        var diagnostic = Assert.Throws<GeneratorException>(() => Parse("builtin:towns")).Diagnostics.Single();
        Assert.Equal(
            "Valid selectors: builtin:all, builtin:prefectures, builtin:designated-cities, builtin:prefecture=<name or code>[,…], " +
            "builtin:kind=<prefecture|designated-city|city|special-ward|town|village>[,…], builtin:code=<code>[,…].",
            diagnostic.Hint);
    }

    [Fact]
    public void Every_problem_of_a_list_is_reported()
    {
        var ex = Assert.Throws<GeneratorException>(() => Parse("builtin:code=011003,999999,012025"));
        Assert.Equal(2, ex.Diagnostics.Count);
    }
}
