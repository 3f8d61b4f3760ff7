using System.Diagnostics;
using System.Text;
using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>notice.yaml hardening through the real CLI: duplicate keys, lists printed as text, encodings, alias bombs,
/// syntax errors and dates each end in a clear error at notice.yaml's own line, or in the right document.</summary>
[Collection("cli")]
public sealed class NoticeFileReliabilityTests
{
    private static string Sample(string template) => File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "templates", template, "notice.yaml"));

    private static (string Dir, string Data) Write(string yaml, string name = "notice.yaml")
    {
        var dir = CliRunner.TempDir();
        var data = Path.Combine(dir, name);
        File.WriteAllText(data, yaml, new UTF8Encoding(false));
        return (dir, data);
    }

    /// <summary>Renders as text into a fresh folder; on failure checks that nothing was written and the golden message.</summary>
    private static void AssertRenderFails(string golden, string dir, string data, string template = "circular")
    {
        var outDir = Path.Combine(dir, "out");
        Directory.CreateDirectory(outDir);
        var (exit, _, error) = CliRunner.Run("render", template, "--data", data, "--format", "txt", "--out", outDir);
        Assert.Equal(1, exit);
        Assert.Empty(Directory.GetFileSystemEntries(outDir));
        ErrorGolden.AssertMatches(golden, error, dir);
    }

    /// <summary>Renders as text; a merge template for 札幌市 (011002).</summary>
    private static string RenderText(string data, string template)
    {
        var outDir = CliRunner.TempDir();
        string[] recipient = template == "circular" ? [] : ["--recipient", "011002"];
        var (exit, _, error) = CliRunner.Run(["render", template, "--data", data, "--format", "txt", "--out", outDir, .. recipient]);
        Assert.True(exit == 0, error);
        return File.ReadAllText(Assert.Single(Directory.GetFiles(outDir, "*.txt")));
    }

    private static int LineOf(string yaml, string text) => yaml.Replace("\r\n", "\n").Split('\n').ToList().FindIndex(l => l.StartsWith(text, StringComparison.Ordinal)) + 1;

    // 1. Duplicate keys

    [Fact]
    public void Duplicate_top_level_key_is_an_error_at_the_second_key_naming_the_first()
    {
        var yaml = Sample("circular") + "\ntitle: 別の件名\n";
        var (dir, data) = Write(yaml);
        AssertRenderFails("notice-duplicate-key", dir, data);
        var (_, _, error) = CliRunner.Run("check", "circular", "--data", data);
        Assert.Contains($"notice.yaml({LineOf(yaml, "title: 別の件名")},1): error: Duplicate key 'title'", error);
        Assert.Contains($"line {LineOf(yaml, "title: ")}", error);
    }

    [Fact]
    public void Duplicate_nested_key_is_an_error()
    {
        var yaml = Sample("circular").Replace("  number: 28 ", "  number: 28\n  number: 29 ");
        var (dir, data) = Write(yaml);
        AssertRenderFails("notice-duplicate-nested-key", dir, data);
    }

    // 2. A list or mapping where text is expected

    [Fact]
    public void List_printed_as_text_is_an_error_at_the_notice_field()
    {
        var yaml = Sample("circular").Replace("kind: 周知", "kind:\n  - 周知\n  - 依頼");
        var (dir, data) = Write(yaml);
        AssertRenderFails("notice-list-as-text", dir, data);
    }

    [Fact]
    public void Mapping_printed_as_text_is_an_error_at_the_notice_field()
    {
        var yaml = Sample("circular").Replace("confirmed_with: 総務省行政管理局", "confirmed_with:\n  name: 総務省行政管理局\n  unit: 個人情報保護室");
        var (dir, data) = Write(yaml);
        AssertRenderFails("notice-mapping-as-text", dir, data);
    }

    [Fact]
    public void Lists_are_still_iterated()
    {
        var text = RenderText(Write(Sample("circular")).Data, "circular");
        Assert.Contains("文部科学省研究振興局ライフサイエンス課長", text);
        Assert.Contains("府医第36号", text);
        Assert.DoesNotContain("[\"", text);
    }

    // 3. Encodings

    [Fact]
    public void Shift_jis_notice_is_read_correctly()
    {
        var dir = CliRunner.TempDir();
        var data = Path.Combine(dir, "notice-sjis.yaml");
        File.WriteAllBytes(data, Data.ShiftJisBytes(Sample("circular")));
        var text = RenderText(data, "circular");
        Assert.Contains("医療分野の研究開発に資するための匿名加工医療情報に関する法律と個人情報の保護に関する条例との関係について（周知）", text);
        Assert.Equal(RenderText(Write(Sample("circular")).Data, "circular"), text);
    }

    [Fact]
    public void Utf16_with_bom_is_read_and_without_bom_refused()
    {
        var dir = CliRunner.TempDir();
        var withBom = Path.Combine(dir, "notice-utf16.yaml");
        File.WriteAllText(withBom, Sample("circular"), new UnicodeEncoding(false, true));
        Assert.Equal(RenderText(Write(Sample("circular")).Data, "circular"), RenderText(withBom, "circular"));

        var withoutBom = Path.Combine(dir, "notice.yaml");
        File.WriteAllBytes(withoutBom, new UnicodeEncoding(false, false).GetBytes(Sample("circular")));
        AssertRenderFails("notice-utf16-without-bom", dir, withoutBom);
    }

    // 4. Size limits

    [Fact]
    public void Alias_bomb_fails_within_seconds_with_the_line()
    {
        var yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var c = 'b'; c <= 'i'; c++)
        {
            var previous = (char)(c - 1);
            yaml.Append($"{c}: &{c} [").Append(string.Join(",", Enumerable.Repeat($"*{previous}", 9))).Append("]\n");
        }
        yaml.Append("title: *i\n");
        var (dir, data) = Write(yaml.ToString());
        var clock = Stopwatch.StartNew();
        using var child = ChildCli.Start(dir, "check", "circular", "--data", data);
        while (!child.HasExited && clock.Elapsed < TimeSpan.FromSeconds(30)) Thread.Sleep(20);
        Assert.True(child.HasExited, "the generator was still expanding the aliases after 30 s");
        Assert.Equal(1, child.WaitForExit());
        ErrorGolden.AssertMatches("notice-alias-bomb", child.Error, dir);
    }

    [Fact]
    public void File_over_a_megabyte_is_refused()
    {
        var yaml = Sample("circular") + "\nfiller: |\n" + string.Concat(Enumerable.Repeat("  " + new string('x', 98) + "\n", 11_000));
        var (dir, data) = Write(yaml);
        AssertRenderFails("notice-too-large", dir, data);
    }

    // 5. Syntax errors

    [Theory]
    [InlineData("notice-syntax-unclosed-quote", "title: \"医療情報の提供について\nkind: 周知\n")]
    [InlineData("notice-syntax-bad-indentation", "title: a\nlaw:\n  name: 法律\n    number: 28\n")]
    [InlineData("notice-syntax-list-indentation", "title: a\nsenders:\n  - x\n - y\n")]
    [InlineData("notice-syntax-tab", "title: a\nlaw:\n\tname: 法律\n")]
    [InlineData("notice-syntax-tab-nested", "title: a\nlaw:\n  name: 法律\n  \tnumber: 28\n")]
    [InlineData("notice-syntax-colon-in-value", "title: 会議: 第1回\nkind: 周知\n")]
    [InlineData("notice-syntax-tab-blank-line", "title: a\n\t\nkind: 周知\n")]
    [InlineData("notice-syntax-unclosed-list", "title: a\nsenders: [北海道, 札幌市\n")]
    [InlineData("notice-not-a-mapping", "- 北海道\n- 札幌市\n")]
    public void Syntax_errors_name_notice_line_column_and_the_fix(string golden, string yaml)
    {
        var (dir, data) = Write(yaml);
        AssertRenderFails(golden, dir, data);
    }

    // 6. Dates

    [Theory]
    [InlineData("notice-date-slashes", "2018/07/10")]
    [InlineData("notice-date-no-such-day", "2019-02-30")]
    [InlineData("notice-date-after-era", "平成32年4月1日")]
    [InlineData("notice-date-before-era", "令和元年4月30日")]
    [InlineData("notice-date-not-a-date", "来月")]
    public void Bad_date_is_reported_at_the_notice_line_with_the_field(string golden, string date)
    {
        var (dir, data) = Write(Sample("forwarding-notice").Replace("date: 2018-07-10", $"date: {date}"));
        AssertRenderFails(golden, dir, data, "forwarding-notice");
    }

    [Fact]
    public void Bad_date_in_a_nested_date_field_is_reported_at_its_line()
    {
        var (dir, data) = Write(Sample("forwarding-notice").Replace("  date: 2018-06-29 ", "  date: 2018-06-31 "));
        AssertRenderFails("notice-date-nested", dir, data, "forwarding-notice");
    }

    [Theory]
    [InlineData("notice-date-function-wareki", "2017-05-12", "令和6年6月1日")]
    [InlineData("notice-date-function-no-such-day", "2017-05-12", "2017-02-29")]
    public void Date_a_function_rejects_is_reported_at_the_notice_line(string golden, string good, string bad)
    {
        var (dir, data) = Write(Sample("circular").Replace($"promulgated: {good}", $"promulgated: {bad}"));
        AssertRenderFails(golden, dir, data);
    }

    [Theory]
    [InlineData("令和7年4月15日", "2025-04-15")]
    [InlineData("令和元年5月1日", "2019-05-01")]
    [InlineData("R7.4.15", "2025-04-15")]
    [InlineData("H30.7.10", "2018-07-10")]
    [InlineData("平成30年７月10日", "2018-07-10")]
    public void Wareki_date_is_accepted_as_the_iso_date(string wareki, string iso)
    {
        var sample = Sample("forwarding-notice");
        var expected = RenderText(Write(sample.Replace("date: 2018-07-10", $"date: {iso}")).Data, "forwarding-notice");
        var actual = RenderText(Write(sample.Replace("date: 2018-07-10", $"date: {wareki}")).Data, "forwarding-notice");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Batch_reports_a_bad_date_at_the_notice_line_and_writes_nothing()
    {
        var (dir, data) = Write(Sample("forwarding-notice").Replace("  date: 2018-06-29 ", "  date: 2018/06/29 "));
        var outDir = Path.Combine(dir, "out");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--data", data, "--recipients", "builtin:code=011002,012025", "--format", "txt", "--out", outDir);
        Assert.Equal(1, exit);
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any());
        ErrorGolden.AssertMatches("notice-batch-date", error, dir);
    }

    // 7. The data file is missing

    [Fact]
    public void Missing_data_file_keeps_its_message()
    {
        var dir = CliRunner.TempDir();
        AssertRenderFails("notice-missing-file", dir, Path.Combine(dir, "nothere.yaml"));
    }

    private static class Data
    {
        public static byte[] ShiftJisBytes(string text)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(932).GetBytes(text);
        }
    }
}
