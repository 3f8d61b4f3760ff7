using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary><c>generator studio</c> on the command line: its options, and a bad address refused before anything starts.</summary>
public sealed class StudioCommandTests
{
    [Fact]
    public void Help_lists_the_studio_options()
    {
        var (exit, output, _) = CliRunner.Run("studio", "--help");
        Assert.Equal(0, exit);
        foreach (var option in new[] { "--port", "--workspace", "--no-browser", "--listen", "--templates", "--font" })
            Assert.Contains(option, output);
    }

    [Fact]
    public void A_listen_value_that_is_not_an_address_is_a_usage_error_and_creates_no_workspace()
    {
        var temp = CliRunner.TempDir();
        var workspace = Path.Combine(temp, "ws");
        var (exit, output, error) = CliRunner.Run("studio", "--no-browser", "--listen", "example.com", "--workspace", workspace);
        Assert.Equal(CliApp.UsageError, exit);
        Assert.Equal("", output);
        Assert.False(Directory.Exists(workspace));
        ErrorGolden.AssertMatches("studio-listen-not-an-address", error, temp);
    }
}
