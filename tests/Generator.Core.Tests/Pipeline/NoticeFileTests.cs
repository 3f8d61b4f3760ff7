using Generator.Diagnostics;
using Generator.Pipeline;

namespace Generator.Core.Tests.Pipeline;

/// <summary>notice.yaml parsing: values stay strings, places are kept, and bad input is refused at its line.</summary>
public sealed class NoticeFileTests
{
    private static Diagnostic Error(string yaml) =>
        Assert.Single(Assert.Throws<GeneratorException>(() => NoticeFile.Parse(yaml, "n.yaml")).Diagnostics);

    [Fact]
    public void Values_stay_strings_and_null_is_tilde()
    {
        var notice = NoticeFile.Parse("a: 1\nb: ~\nc: 'null'\nd: [x, y]\ne:\n  f: yes\n", "n.yaml");
        Assert.Equal("1", notice["a"]);
        Assert.Null(notice["b"]);
        Assert.Equal("null", notice["c"]);
        Assert.Equal(["x", "y"], (List<object?>)notice["d"]!);
        Assert.Equal("yes", ((IReadOnlyDictionary<string, object?>)notice["e"]!)["f"]);
    }

    [Fact]
    public void Every_value_keeps_its_place()
    {
        var notice = NoticeFile.Parse("title: a\nlaw:\n  numbers:\n    - 府医第36号\n    - 第2号\n", "n.yaml");
        var field = Assert.Single(notice.FieldsWithValue("第2号"));
        Assert.Equal(("law.numbers[1]", 5, 7), (field.Path, field.Line, field.Column));
        Assert.Equal("law.numbers", Assert.Single(notice.FieldsWithValue(new[] { "府医第36号", "第2号" })).Path);
    }

    [Fact]
    public void Date_fields_become_iso_and_list_items_are_checked()
    {
        var notice = NoticeFile.Parse("date: 令和7年4月15日\nmeeting_date: R7.4.15\nother_date:\n  - H30.7.10\nupdated: 令和7年4月15日\n", "n.yaml");
        Assert.Equal("2025-04-15", notice["date"]);
        Assert.Equal("2025-04-15", notice["meeting_date"]);
        Assert.Equal(["2018-07-10"], (List<object?>)notice["other_date"]!);
        Assert.Equal("令和7年4月15日", notice["updated"]); // not a date field: text as written

        var d = Error("title: a\nother_date:\n  - 2018-07-10\n  - 2019-02-30\n");
        Assert.Equal((4, 5), (d.Line, d.Column));
        Assert.Contains("'other_date[1]'", d.Message);
    }

    [Fact]
    public void Alias_expansion_is_bounded()
    {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat(i == 1 ? "*a" : $"*l{i - 1}", 10))}]\n"));
        var d = Error(yaml);
        Assert.Contains("100,000", d.Message);
        Assert.True(d.Line > 1);
    }

    [Fact]
    public void Small_aliases_still_work()
    {
        var notice = NoticeFile.Parse("sender: &s 北海道\ncopy: *s\n", "n.yaml");
        Assert.Equal("北海道", notice["copy"]);
    }

    [Fact]
    public void Second_document_and_unknown_alias_are_refused()
    {
        Assert.Contains("more than one YAML document", Error("a: 1\n---\nb: 2\n").Message);
        Assert.Contains("no anchor", Error("a: *nothing\n").Message);
    }
}
