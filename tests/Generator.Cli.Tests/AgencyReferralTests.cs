using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>
/// From 2023-04-01 a 地方独立行政法人 cannot itself refer a matter to a council: 個人情報保護法第129条 speaks of
/// 地方公共団体の機関 only. The 諮問書 (and a 諮問 agenda) for an agency is refused with a clear message; nothing is written.
/// </summary>
[Collection("cli")]
public sealed class AgencyReferralTests
{
    private static string Agency(string folder) => RecipientFile.WriteCsv(folder, "法人.csv",
        "name,kind,prefecture,founder", "地方独立行政法人札幌市病院機構,agency,北海道,札幌市");

    [Fact]
    public void An_agencys_referral_after_2023_04_01_is_refused_and_nothing_is_written()
    {
        var temp = CliRunner.TempDir();
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "council-referral", "--recipients", Agency(temp), "--format", "txt", "--out", dir);
        Assert.Equal(1, exit);
        Assert.False(Directory.Exists(dir));
        ErrorGolden.AssertMatches("legal-agency-referral-refused", error, temp);
    }

    [Fact]
    public void An_agencys_referral_before_2023_04_01_is_drafted_under_the_founders_ordinance()
    {
        var temp = CliRunner.TempDir();
        var sample = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "templates", "council-referral", "notice.yaml"));
        var notice = Path.Combine(temp, "notice.yaml");
        File.WriteAllText(notice, sample.Replace("\ndate: 2024-06-03", "\ndate: 2023-03-31", StringComparison.Ordinal));
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "council-referral", "--data", notice, "--recipients", Agency(temp), "--format", "txt", "--out", dir);
        Assert.True(exit == 0, error);
        var text = File.ReadAllText(Directory.GetFiles(dir, "*.txt").Single());
        Assert.Contains("札幌市個人情報保護審議会会長　様", text);
        Assert.Contains("地方独立行政法人である当法人には札幌市個人情報保護条例が適用され", text);
    }
}
