using Generator.Data;

namespace Generator.Core.Tests.Data;

/// <summary>The directory as on a date: the shipped change log undone after the day, validated against today's directory.</summary>
public sealed class LocalGovernmentHistoryTests
{
    private static readonly LocalGovernmentDirectory Today = LocalGovernmentDirectory.Default;

    [Fact]
    public void The_shipped_change_log_holds_the_known_changes_since_2018()
    {
        Assert.Equal(
            ["2018-10-01 403059 那珂川町 → 402311 那珂川市 市制施行", "2019-05-01 282219 篠山市 → 282219 丹波篠山市 名称変更"],
            Today.Changes.Select(c => $"{c.Date:yyyy-MM-dd} {c.OldCode} {c.OldName} → {c.NewCode} {c.NewName} {c.Change}"));
        Assert.All(Today.Changes, c => Assert.False(string.IsNullOrWhiteSpace(c.Source)));
    }

    [Fact]
    public void Before_a_promotion_the_old_body_has_its_old_code_name_kind_and_head()
    {
        var then = Today.AsOf(new DateOnly(2018, 9, 30));
        Assert.Equal(Today.All.Length, then.All.Length);
        Assert.False(then.TryGet("402311", out _));
        Assert.True(then.TryGet("403059", out var town));
        Assert.Equal(new LocalGovernment("403059", "40", "福岡県", "那珂川町", "なかがわまち", LocalGovernmentKind.Town, "町長", true), town);
        Assert.Equal(new RecipientSource("builtin:local-government-changes.csv", 2), then.SourceOf("403059"));
        Assert.Equal(then.All.Select(g => g.Code).Order(StringComparer.Ordinal), then.All.Select(g => g.Code));
        Assert.True(then.TryExplainAbsent("402311", out var message, out var hint));
        Assert.Equal("Code 402311 (那珂川市) did not exist on 2018-09-30: 403059 那珂川町 became 402311 那珂川市 on 2018-10-01 (市制施行).", message);
        Assert.Contains("403059", hint);
    }

    [Fact]
    public void From_the_day_of_a_change_the_new_name_holds_and_the_old_code_is_explained()
    {
        var day = Today.AsOf(new DateOnly(2018, 10, 1));
        Assert.True(day.TryGet("402311", out _));
        Assert.False(day.TryGet("403059", out _));
        Assert.True(day.TryExplainAbsent("403059", out var message, out _));
        Assert.StartsWith("Code 403059 (那珂川町) was no longer in use on 2018-10-01", message);
        Assert.True(Today.TryExplainAbsent("403059", out var today, out _));
        Assert.StartsWith("Code 403059 (那珂川町) is no longer in use: ", today);
        Assert.False(Today.TryExplainAbsent("011003", out _, out _));
    }

    [Fact]
    public void A_rename_keeps_the_code()
    {
        Assert.True(Today.AsOf(new DateOnly(2019, 4, 30)).TryGet("282219", out var before));
        Assert.True(Today.AsOf(new DateOnly(2019, 5, 1)).TryGet("282219", out var after));
        Assert.Equal(("篠山市", "ささやまし"), (before.Name, before.Kana));
        Assert.Equal(("丹波篠山市", "たんばささやまし"), (after.Name, after.Kana));
        Assert.Equal(new RecipientSource(LocalGovernmentDirectory.SourceName, Today.RowOf("282219")), Today.AsOf(new DateOnly(2019, 5, 1)).SourceOf("282219"));
    }

    [Fact]
    public void A_change_log_that_does_not_end_in_todays_directory_is_rejected_with_every_row()
    {
        const string log = """
            date,old_code,old_name,old_kana,old_kind,new_code,new_name,new_kana,new_kind,change,source
            2018-13-01,403059,那珂川町,なかがわまち,town,402311,那珂川市,なかがわし,city,市制施行,x
            2019-05-01,282219,篠山市,ささやまし,city,282219,篠山市,ささやまし,city,名称変更,x
            2020-01-01,011002,札幌町,さっぽろちょう,hamlet,011003,札幌市,さっぽろし,designated_city,,x
            """;
        var e = Assert.Throws<InvalidDataException>(() => Today.WithChanges(new StringReader(log), "changes.csv"));
        Assert.Contains("changes.csv(2): date must be YYYY-MM-DD, got '2018-13-01'.", e.Message);
        Assert.Contains("changes.csv(3): new_code 282219 is 丹波篠山市 (city) in today's directory, not 篠山市 (city).", e.Message);
        Assert.Contains("changes.csv(4): bad new_code or check digit '011003'.", e.Message);
        Assert.Contains("changes.csv(4): unknown old_kind 'hamlet'.", e.Message);
        Assert.Contains("changes.csv(4): change is empty.", e.Message);
        Assert.Contains("changes.csv(4): old_code 011002 is still in today's directory.", e.Message);
    }
}
