using System.Reflection;
using Generator.Conventions;
using Generator.Core.Tests.Conventions;

namespace Generator.Core.Tests.Templates;

/// <summary>LegalRegimeFunctions: cut-over days, titles; and its doc-comment examples (DocExampleTests lists its types by hand).</summary>
public sealed class LegalRegimeFunctionsTests
{
    [Theory]
    [InlineData("2022-04-01", "ordinance", "original")]
    [InlineData("2023-03-31", "ordinance", "original")]
    [InlineData("2023-04-01", "appi", "original")]
    [InlineData("2024-03-31", "appi", "original")]
    [InlineData("2024-04-01", "appi", "amended")]
    public void Regimes_change_on_the_day(string date, string privacy, string medical)
    {
        Assert.Equal(privacy, LegalRegimeFunctions.PrivacyRegime(date));
        Assert.Equal(medical, LegalRegimeFunctions.MedicalActVersion(date));
    }

    [Theory]
    [InlineData("prefecture", "東京都", "知事", "本都", "貴都")]
    [InlineData("prefecture", "大阪府", "知事", "本府", "貴府")]
    [InlineData("prefecture", "青森県", "知事", "本県", "貴県")]
    [InlineData("special_ward", "千代田区", "区長", "本区", "貴区")]
    [InlineData("village", "留寿都村", "村長", "本村", "貴村")]
    [InlineData("agency", "地方独立行政法人東京都立病院機構", "理事長", "当法人", "貴法人")]
    public void Titles_and_references(string kind, string name, string head, string self, string you)
    {
        Assert.Equal(head, LegalRegimeFunctions.HeadTitle(kind));
        Assert.Equal(self, LegalRegimeFunctions.SelfReference(kind, name));
        Assert.Equal(you, LegalRegimeFunctions.AddresseeReference(kind, name));
    }

    [Fact]
    public void Bad_dates_and_kinds_are_errors()
    {
        Assert.Throws<ArgumentException>(() => LegalRegimeFunctions.PrivacyRegime("2023/04/01"));
        Assert.Throws<ArgumentException>(() => LegalRegimeFunctions.HeadTitle("designated-city"));
        Assert.Throws<ArgumentException>(() => LegalRegimeFunctions.SelfReference("prefecture", ""));
    }

    public static TheoryData<string, string, string> Examples()
    {
        var names = typeof(LegalRegimeFunctions).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(m => Scriban.Runtime.StandardMemberRenamer.Rename(m.Name)).ToHashSet();
        var data = DocExamples.For(typeof(LegalRegimeFunctions));
        Assert.Equal(names, data.Select(row => (string)row[0]).ToHashSet());
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Doc_comment_example_holds(string function, string input, string expected) =>
        new DocExampleTests().Doc_comment_example_holds(function, input, expected);
}
