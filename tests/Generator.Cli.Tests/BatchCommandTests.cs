using System.Text;
using System.Text.Json;

namespace Generator.Cli.Tests;

/// <summary>generator batch and check --recipients through the CLI, in memory.</summary>
[Collection("cli")]
public sealed class BatchCommandTests
{
    [Fact]
    public void Batch_over_a_selector_writes_one_file_per_recipient_and_a_manifest()
    {
        var dir = Path.Combine(CliRunner.TempDir(), "out");
        var (exit, output, error) = CliRunner.Run("batch", "circular", "--recipients", "builtin:prefectures", "--format", "txt", "--out", dir);
        Assert.True(exit == 0, error);
        Assert.Contains("47 recipients, 47 documents", output);
        Assert.True(File.Exists(Path.Combine(dir, "010006_北海道.txt")));
        Assert.True(File.Exists(Path.Combine(dir, "470007_沖縄県.txt")));
        Assert.Equal(48, File.ReadAllLines(Path.Combine(dir, "manifest.csv")).Length);
    }

    [Fact]
    public void Json_progress_is_one_event_per_line()
    {
        var dir = Path.Combine(CliRunner.TempDir(), "out");
        var (exit, output, _) = CliRunner.Run("batch", "circular", "--recipients", "builtin:designated-cities", "--format", "txt", "--out", dir, "--json");
        Assert.Equal(0, exit);
        var events = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(20, events.Count(e => e.GetProperty("phase").GetString() == "write"));
        Assert.Contains(events, e => e.GetProperty("recipient").GetString() == "011002 札幌市");
    }

    [Fact]
    public void Bad_recipient_file_reports_row_and_column_and_writes_nothing()
    {
        var temp = CliRunner.TempDir();
        var csv = Path.Combine(temp, "宛先.csv");
        File.WriteAllText(csv, "code,name\n011002,札幌市\n011003,誤り市\n011002,札幌市\n", new UTF8Encoding(true));
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "circular", "--recipients", csv, "--format", "txt", "--out", dir);
        Assert.Equal(1, exit);
        Assert.Contains("宛先.csv(3,1)", error);
        Assert.Contains("宛先.csv(4,", error);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void Shift_jis_recipient_file_is_read_without_being_told()
    {
        var temp = CliRunner.TempDir();
        var csv = Path.Combine(temp, "sjis.csv");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(csv, Encoding.GetEncoding(932).GetBytes("団体コード,団体名,宛名\r\n011002,札幌市,札幌市長　髙橋　﨑\r\n"));
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "circular", "--recipients", csv, "--format", "txt", "--out", dir);
        Assert.True(exit == 0, error);
        Assert.True(File.Exists(Path.Combine(dir, "011002_札幌市.txt")));
    }

    [Fact]
    public void Render_with_one_recipient_names_the_file_after_it()
    {
        var dir = CliRunner.TempDir();
        var (exit, output, error) = CliRunner.Run("render", "circular", "--recipient", "011002", "--format", "txt", "--out", dir);
        Assert.True(exit == 0, error);
        Assert.Contains("011002_札幌市.txt", output);
    }

    [Fact]
    public void Check_with_recipients_merges_every_recipient()
    {
        var (exit, output, error) = CliRunner.Run("check", "circular", "--recipients", "builtin:all");
        Assert.True(exit == 0, error);
        Assert.Contains("circular: OK (1788 recipients)", output);
    }
}
