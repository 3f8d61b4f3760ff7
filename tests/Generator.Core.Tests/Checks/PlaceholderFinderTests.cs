using Generator.Checks;

namespace Generator.Core.Tests.Checks;

/// <summary>Which 「○」 in a printed line stands for something still to fill in, and which is a bullet (項目記号).</summary>
public sealed class PlaceholderFinderTests
{
    [Theory]
    [InlineData("府医第○号")]
    [InlineData("担当：北海道保健福祉部○○課○○係")]
    [InlineData("○○課")]
    [InlineData("○文科振第111号")]        // a number whose year is missing
    [InlineData("○文科振第○号")]
    [InlineData("○12日")]
    [InlineData("○")]
    [InlineData("○別添　参考資料（平成○年）")] // a bullet, and a placeholder after it
    public void A_mark_to_fill_in_is_a_placeholder(string line) => Assert.True(PlaceholderFinder.HasPlaceholder(line));

    [Theory]
    [InlineData("○別添　参考資料")]          // the 2018 circular's list of attachments
    [InlineData("　○　次世代医療基盤法について")]
    [InlineData("別添のとおり")]
    public void A_bullet_or_no_mark_is_not(string line) => Assert.False(PlaceholderFinder.HasPlaceholder(line));
}
