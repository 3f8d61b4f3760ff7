namespace Generator.Cli.Tests;

/// <summary>generator render / check / templates, run in memory. Tests share the process's current directory: no parallelism.</summary>
[Collection("cli")]
public sealed class RenderCommandTests
{
    [Fact]
    public void Render_writes_the_circular_as_text()
    {
        var dir = CliRunner.TempDir();
        var (exit, output, error) = CliRunner.Run("render", "circular", "--data", "templates/circular/notice.yaml", "--format", "txt", "--out", dir);
        Assert.True(exit == 0, error);
        var text = File.ReadAllText(Path.Combine(dir, "circular.txt"));
        Assert.Contains("医療分野の研究開発に資するための匿名加工医療情報に関する法律と個人情報の保護に関する条例との関係について（周知）", text);
        Assert.Contains("（平成29年法律第28号。以下「法」という。）", text);
        Assert.Contains(Path.Combine(dir, "circular.txt"), output);
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
    }

    [Fact]
    public void Render_markup_shows_the_escaped_data()
    {
        var dir = CliRunner.TempDir();
        var (exit, _, error) = CliRunner.Run("render", "circular", "-d", "templates/circular/notice.yaml", "-f", "markup", "-o", dir);
        Assert.True(exit == 0, error);
        Assert.Contains("@to \\各都道府県・指定都市個人情報保護担当部局長", File.ReadAllText(Path.Combine(dir, "circular.markup.txt")));
    }

    [Fact]
    public void Bad_data_reports_every_problem_and_writes_nothing()
    {
        var dir = CliRunner.TempDir();
        var data = Path.Combine(dir, "bad.yaml");
        File.WriteAllText(data, File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "templates/circular/notice.yaml")).Replace("date: 2018-05-31", "date: 2018-05-32"));
        var outDir = Path.Combine(dir, "out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "keep.txt"), "before");

        var (exit, _, error) = CliRunner.Run("render", "circular", "--data", data, "--format", "txt", "--out", outDir);

        Assert.Equal(1, exit);
        // the date is checked against fields.yaml before rendering: the error is at the data file's own line (issue 13)
        Assert.Contains("bad.yaml(33,9): error: ", error);
        Assert.Contains("'2018-05-32'", error);
        Assert.Contains("nothing was written", error);
        Assert.Equal(["keep.txt"], Directory.GetFiles(outDir).Select(Path.GetFileName));
    }

    [Fact]
    public void Malformed_yaml_names_file_line_and_column()
    {
        var dir = CliRunner.TempDir();
        var data = Path.Combine(dir, "broken.yaml");
        File.WriteAllText(data, "title: a\nsenders:\n  - x\n - y\n");
        var (exit, _, error) = CliRunner.Run("check", "circular", "--data", data);
        Assert.Equal(1, exit);
        Assert.Contains("broken.yaml(4,", error);
    }

    [Fact]
    public void Check_reports_ok_for_the_circular()
    {
        var (exit, output, error) = CliRunner.Run("check", "circular", "--data", "templates/circular/notice.yaml");
        Assert.True(exit == 0, error);
        Assert.StartsWith("circular: OK", output);
    }

    [Fact]
    public void Unknown_template_and_unknown_format()
    {
        var (exit, _, error) = CliRunner.Run("check", "circualr", "--data", "templates/circular/notice.yaml");
        Assert.Equal(1, exit);
        Assert.Contains("Known templates: circular", error);

        (exit, _, error) = CliRunner.Run("render", "circular", "--data", "templates/circular/notice.yaml", "--format", "odt", "--out", CliRunner.TempDir());
        Assert.Equal(2, exit);
        Assert.Contains("unknown format 'odt'", error);
    }

    [Fact]
    public void Templates_lists_names_with_descriptions()
    {
        var (exit, output, _) = CliRunner.Run("templates");
        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["circular", "council-agenda", "council-referral", "forwarding-notice"], lines.Select(l => l.Split(' ')[0]));
        Assert.Contains(lines, l => l.StartsWith("circular ", StringComparison.Ordinal) && l.Contains("The 2018 joint circular"));
    }

    [Theory]
    [InlineData("render")]
    [InlineData("check")]
    [InlineData("templates")]
    public void Help_is_available_for_each_command(string command)
    {
        var (exit, output, _) = CliRunner.Run(command, "--help");
        Assert.Equal(0, exit);
        Assert.Contains("Usage:", output);
    }

    [Fact]
    public void Missing_required_option_is_a_usage_error()
    {
        var (exit, _, error) = CliRunner.Run("render", "circular");
        Assert.Equal(2, exit);
        Assert.Contains("--out", error);
    }
}
