using Generator.Data;

namespace Generator.Core.Tests.Data;

public class LocalGovernmentDirectoryTests
{
    private static readonly LocalGovernmentDirectory Directory = LocalGovernmentDirectory.Default;

    [Fact]
    public void Loads_every_row_of_the_shipped_csv()
    {
        Assert.Equal(1794, Directory.All.Length);
        Assert.Equal(47, Directory.Prefectures.Length);
        Assert.Equal(1788, Directory.All.Count(g => g.InService));
    }

    [Fact]
    public void Every_code_has_the_right_check_digit()
    {
        var bad = Directory.All.Where(g => LocalGovernmentCode.ComputeCheckDigit(g.Code[..5]) != g.Code[5]).Select(g => g.Code).ToList();
        Assert.Empty(bad);
        Assert.All(Directory.All, g => Assert.True(LocalGovernmentCode.IsValid(g.Code), g.Code));
    }

    [Fact]
    public void Is_in_code_order_with_unique_codes()
    {
        var codes = Directory.All.Select(g => g.Code).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void Entries_carry_every_column()
    {
        Assert.True(Directory.TryGet("011002", out var sapporo));
        Assert.Equal(new LocalGovernment("011002", "01", "北海道", "札幌市", "さっぽろし", LocalGovernmentKind.DesignatedCity, "市長", true), sapporo);
        Assert.True(Directory.TryGet("016951", out var shikotan));
        Assert.Equal(("色丹村", LocalGovernmentKind.Village, false), (shikotan.Name, shikotan.Kind, shikotan.InService));
        Assert.False(Directory.TryGet("011003", out _));
        Assert.Equal(3, Directory.RowOf("011002"));
    }

    [Fact]
    public void Kinds_have_the_documented_counts()
    {
        var counts = Directory.All.GroupBy(g => g.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(47, counts[LocalGovernmentKind.Prefecture]);
        Assert.Equal(20, counts[LocalGovernmentKind.DesignatedCity]);
        Assert.Equal(772, counts[LocalGovernmentKind.City]);
        Assert.Equal(23, counts[LocalGovernmentKind.SpecialWard]);
        Assert.Equal(743, counts[LocalGovernmentKind.Town]);
        Assert.Equal(189, counts[LocalGovernmentKind.Village]);
    }

    [Fact]
    public void Default_is_loaded_once_even_under_concurrency()
    {
        var instances = Enumerable.Range(0, 16).AsParallel().Select(_ => LocalGovernmentDirectory.Default).Distinct().ToList();
        Assert.Single(instances);
    }

    [Fact]
    public void Load_rejects_a_bad_check_digit_naming_the_row()
    {
        const string csv = "code,prefecture_code,prefecture,name,kana,kind,head_title,in_service\n011003,01,北海道,札幌市,さっぽろし,designated_city,市長,true\n";
        var ex = Assert.Throws<InvalidDataException>(() => LocalGovernmentDirectory.Load(new StringReader(csv), "x.csv"));
        Assert.Equal("x.csv(2): bad code or check digit '011003'.", ex.Message);
    }
}
