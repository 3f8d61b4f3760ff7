using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>
/// Names as they were on the document's date: <c>builtin:</c> selectors and codes are looked up in the directory as on the
/// notice's <c>date</c> (or <c>--as-of</c>), using the shipped change log (那珂川町 → 那珂川市 on 2018-10-01 with a new
/// code; 篠山市 → 丹波篠山市 on 2019-05-01 under the same code). A code that did not exist on the date is an error.
/// </summary>
[Collection("cli")]
public sealed class AsOfDateTests
{
    /// <summary>The forwarding notice's sample data with another date.</summary>
    private static string NoticeDated(string folder, string date)
    {
        var sample = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "templates", "forwarding-notice", "notice.yaml"));
        var path = Path.Combine(folder, $"notice-{date}.yaml");
        File.WriteAllText(path, sample.Replace("\ndate: 2018-07-10", $"\ndate: {date}", StringComparison.Ordinal));
        return path;
    }

    private static (string Dir, string Manifest) Batch(string selector, params string[] extra)
    {
        var temp = CliRunner.TempDir();
        var dir = Path.Combine(temp, "out");
        string[] args = ["batch", "forwarding-notice", "--recipients", selector, "--format", "txt", "--out", dir, .. extra];
        var (exit, _, error) = CliRunner.Run([.. args.Select(a => a.Replace("{temp}", temp, StringComparison.Ordinal))]);
        Assert.True(exit == 0, error);
        return (dir, File.ReadAllText(Path.Combine(dir, "manifest.csv")));
    }

    [Fact]
    public void Fukuoka_on_2018_07_10_has_the_town_of_Nakagawa_under_its_code_of_then()
    {
        // the forwarding notice's own date is 2018-07-10
        var (dir, manifest) = Batch("builtin:prefecture=福岡県");
        Assert.Contains(",403059,那珂川町,", manifest);
        Assert.DoesNotContain("402311", manifest);
        Assert.DoesNotContain("那珂川市", manifest);
        var text = File.ReadAllText(Path.Combine(dir, "403059_那珂川町.txt"));
        Assert.Contains("那珂川町長　様", text);
        Assert.Equal(60, manifest.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);
    }

    [Fact]
    public void Fukuoka_on_2019_06_01_has_the_city_of_Nakagawa_under_its_code_since()
    {
        var temp = CliRunner.TempDir();
        var (dir, manifest) = Batch("builtin:prefecture=福岡県", "--data", NoticeDated(temp, "2019-06-01"));
        Assert.Contains(",402311,那珂川市,", manifest);
        Assert.DoesNotContain("403059", manifest);
        Assert.DoesNotContain("那珂川町", manifest);
        Assert.Contains("那珂川市長　様", File.ReadAllText(Path.Combine(dir, "402311_那珂川市.txt")));
    }

    [Theory]
    [InlineData("2018-09-30", "403059", "那珂川町")]
    [InlineData("2018-10-01", "402311", "那珂川市")]
    public void The_day_of_the_change_belongs_to_the_new_name(string asOf, string code, string name)
    {
        var (_, manifest) = Batch("builtin:prefecture=40", "--as-of", asOf);
        Assert.Contains($",{code},{name},", manifest);
    }

    [Theory]
    [InlineData("2019-04-30", "篠山市")]
    [InlineData("2019-05-01", "丹波篠山市")]
    public void Tamba_Sasayama_keeps_its_code_and_changes_its_name_on_2019_05_01(string asOf, string name)
    {
        var (dir, manifest) = Batch("builtin:prefecture=兵庫県", "--as-of", asOf);
        Assert.Contains($",282219,{name},", manifest);
        Assert.Contains($"{name}長　様", File.ReadAllText(Path.Combine(dir, $"282219_{name}.txt")));
        if (name == "篠山市") Assert.DoesNotContain("丹波篠山市", manifest);
    }

    [Fact]
    public void The_notice_date_decides_when_no_as_of_is_given()
    {
        var temp = CliRunner.TempDir();
        var (_, before) = Batch("builtin:code=282219", "--data", NoticeDated(temp, "2019-04-30"));
        var (_, after) = Batch("builtin:code=282219", "--data", NoticeDated(temp, "2019-05-01"));
        Assert.Contains(",282219,篠山市,", before);
        Assert.Contains(",282219,丹波篠山市,", after);
    }

    [Fact]
    public void A_code_created_after_the_notice_date_is_an_error_and_nothing_is_written()
    {
        var temp = CliRunner.TempDir();
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", "builtin:code=402311", "--format", "txt", "--out", dir);
        Assert.Equal(1, exit);
        Assert.False(Directory.Exists(dir));
        ErrorGolden.AssertMatches("legal-asof-code-not-yet-created", error, temp);
    }

    [Fact]
    public void A_code_out_of_use_on_the_date_is_an_error_naming_the_new_code()
    {
        var temp = CliRunner.TempDir();
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", "builtin:code=403059", "--format", "txt", "--out", dir,
            "--as-of", "2019-06-01");
        Assert.Equal(1, exit);
        Assert.False(Directory.Exists(dir));
        ErrorGolden.AssertMatches("legal-asof-code-out-of-use", error, temp);
    }

    [Fact]
    public void A_recipient_file_with_a_code_of_a_later_date_is_an_error_at_its_cell()
    {
        var temp = CliRunner.TempDir();
        var recipients = RecipientFile.WriteCsv(temp, "送付先.csv", "code,name,kind", "011002,,", "402311,那珂川市,city");
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", recipients, "--format", "txt", "--out", dir);
        Assert.Equal(1, exit);
        Assert.False(Directory.Exists(dir));
        ErrorGolden.AssertMatches("legal-asof-file-code-not-yet-created", error, temp);
    }

    [Fact]
    public void Render_looks_a_single_code_up_on_the_notice_date()
    {
        var temp = CliRunner.TempDir();
        var (exit, output, error) = CliRunner.Run("render", "forwarding-notice", "--recipient", "403059", "--out", temp);
        Assert.True(exit == 0, error);
        Assert.Contains("403059_那珂川町.txt", output);
        Assert.Contains("那珂川町長　様", File.ReadAllText(Path.Combine(temp, "403059_那珂川町.txt")));
    }

    [Fact]
    public void Check_reports_a_code_that_did_not_exist_on_the_as_of_date()
    {
        var (exit, _, error) = CliRunner.Run("check", "council-referral", "--recipients", "builtin:code=402311", "--as-of", "2018-07-10");
        Assert.Equal(1, exit);
        Assert.Contains("Code 402311 (那珂川市) did not exist on 2018-07-10", error);
    }

    [Fact]
    public void A_malformed_as_of_is_an_error()
    {
        var temp = CliRunner.TempDir();
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", "builtin:prefectures", "--format", "txt", "--out", dir, "--as-of", "2019/06/01");
        Assert.Equal(1, exit);
        Assert.False(Directory.Exists(dir));
        ErrorGolden.AssertMatches("legal-asof-malformed", error, temp);
    }
}
