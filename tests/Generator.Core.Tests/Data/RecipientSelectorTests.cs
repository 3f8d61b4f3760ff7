using Generator.Data;

namespace Generator.Core.Tests.Data;

public class RecipientSelectorTests
{
    private static RecipientSelection Parse(string selector) => RecipientSelector.Parse(selector);

    [Fact]
    public void All_selects_the_1788_bodies_in_service_in_code_order()
    {
        var selection = Parse("builtin:all");
        Assert.Equal(1788, selection.Entries.Length);
        Assert.DoesNotContain(selection.Entries, e => !e.InService);
        Assert.Equal("010006", selection.Entries[0].Code);
        Assert.Equal("473821", selection.Entries[^1].Code);
        var codes = selection.Entries.Select(e => e.Code).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Fact]
    public void Prefectures_selects_47()
    {
        var selection = Parse("builtin:prefectures");
        Assert.Equal(47, selection.Entries.Length);
        Assert.Equal(["北海道", "青森県", "岩手県"], selection.Entries.Take(3).Select(e => e.Name));
        Assert.Equal("沖縄県", selection.Entries[^1].Name);
    }

    [Theory]
    [InlineData("builtin:designated-cities")]
    [InlineData("builtin:designated_cities")]
    [InlineData("BUILTIN:Designated-Cities")]
    public void Designated_cities_selects_20(string selector)
    {
        var selection = Parse(selector);
        Assert.Equal(20, selection.Entries.Length);
        Assert.Equal("札幌市", selection.Entries[0].Name);
        Assert.Equal("熊本市", selection.Entries[^1].Name);
    }

    [Theory]
    [InlineData("builtin:prefecture=北海道")]
    [InlineData("builtin:prefecture=01")]
    [InlineData("builtin:prefecture=1")]
    [InlineData("builtin:prefecture=０１")]
    [InlineData("builtin:prefecture=010006")]
    public void Prefecture_selects_its_municipalities_in_service_without_itself(string selector)
    {
        var selection = Parse(selector);
        Assert.Equal(179, selection.Entries.Length); // 185 municipalities of 北海道 minus the six 北方領土 villages
        Assert.All(selection.Entries, e => Assert.Equal("01", e.PrefectureCode));
        Assert.DoesNotContain(selection.Entries, e => e.Kind == LocalGovernmentKind.Prefecture || !e.InService);
        Assert.Equal("札幌市", selection.Entries[0].Name);
    }

    [Theory]
    [InlineData("東京都")]
    [InlineData("東京")]
    [InlineData("13")]
    public void Prefecture_accepts_the_name_without_to_fu_ken(string value)
    {
        var selection = Parse($"builtin:prefecture={value}");
        Assert.Equal(62, selection.Entries.Length); // 23 特別区 + 26 市 + 5 町 + 8 村
        Assert.Equal("千代田区", selection.Entries[0].Name);
    }

    [Fact]
    public void Prefecture_distinguishes_kyoto_from_tokyo_and_takes_lists()
    {
        Assert.All(Parse("builtin:prefecture=京都").Entries, e => Assert.Equal("京都府", e.Prefecture));
        var two = Parse("builtin:prefecture=大阪,京都府");
        Assert.Equal(two.Entries.Count(e => e.Prefecture == "京都府") + two.Entries.Count(e => e.Prefecture == "大阪府"), two.Entries.Length);
        Assert.Equal("261009", two.Entries[0].Code); // 京都府 (26) comes before 大阪府 (27): directory order, not list order
    }

    [Fact]
    public void Kind_selects_towns_and_villages_in_service()
    {
        var selection = Parse("builtin:kind=town,village");
        Assert.Equal(926, selection.Entries.Length); // 743 towns + 189 villages − 6 北方領土 villages
        Assert.All(selection.Entries, e => Assert.Contains(e.Kind, new[] { LocalGovernmentKind.Town, LocalGovernmentKind.Village }));
    }

    [Theory]
    [InlineData("builtin:kind=designated-city", 20)]
    [InlineData("builtin:kind=designated_city", 20)]
    [InlineData("builtin:kind=special-ward", 23)]
    [InlineData("builtin:kind=prefecture,designated-city", 67)]
    [InlineData("builtin:kind=city", 772)]
    [InlineData("builtin:kind=村", 183)]
    public void Kind_accepts_both_spellings(string selector, int count) => Assert.Equal(count, Parse(selector).Entries.Length);

    [Fact]
    public void Code_selects_the_listed_codes_in_directory_order()
    {
        var selection = Parse("builtin:code=012025, 011002,01100");
        Assert.Equal(["011002", "012025"], selection.Entries.Select(e => e.Code));
    }

    [Fact]
    public void Recipients_of_a_selection_carry_directory_fields_and_rows()
    {
        var recipient = Parse("builtin:code=011002").ToRecipients().Single();
        Assert.Equal(("011002", "札幌市", LocalGovernmentKind.DesignatedCity, "市長", "北海道"),
            (recipient.Code, recipient.Name, recipient.Kind, recipient.HeadTitle, recipient.Prefecture));
        Assert.Equal(new RecipientSource("builtin:local-governments.csv", 3), recipient.Source);
        Assert.Equal(
            ["code", "prefecture_code", "prefecture", "name", "kana", "kind", "head_title", "in_service",
             "department", "title", "person", "addressee", "head_name", "council_name", "ordinance_name", "postal_code", "address", "email"],
            recipient.Fields.Keys);
        Assert.Equal("designated_city", recipient.Fields["kind"]);
        Assert.Equal("さっぽろし", recipient.Fields["kana"]);
        Assert.Equal("true", recipient.Fields["in_service"]);
        Assert.Equal("", recipient.Fields["department"]);
    }

    [Fact]
    public void Loader_returns_selector_errors_as_diagnostics()
    {
        var set = RecipientLoader.Load("builtin:nope", RecipientLoadOptions.Default);
        Assert.True(set.HasErrors);
        Assert.Empty(set.Recipients);
        Assert.Equal(1788, RecipientLoader.Load("builtin:all", RecipientLoadOptions.Default).Recipients.Length);
    }
}
