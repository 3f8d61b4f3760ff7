using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>A notice dated before 1873-01-01 (the lunisolar 明治 calendar) is refused, not printed as a day that never was.</summary>
[Collection("cli")]
public sealed class PreGregorianDateTests
{
    [Fact]
    public void A_notice_dated_1872_12_31_is_refused_and_nothing_is_written()
    {
        var temp = CliRunner.TempDir();
        var sample = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "templates", "forwarding-notice", "notice.yaml"));
        var notice = Path.Combine(temp, "notice.yaml");
        File.WriteAllText(notice, sample.Replace("\ndate: 2018-07-10", "\ndate: 1872-12-31", StringComparison.Ordinal));
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("render", "forwarding-notice", "--data", notice, "--recipient", "011002", "--out", dir);
        Assert.Equal(1, exit);
        Assert.False(Directory.Exists(dir));
        Assert.DoesNotContain("明治５年12月31日", error);
        ErrorGolden.AssertMatches("legal-wareki-before-1873", error, temp);
    }
}
