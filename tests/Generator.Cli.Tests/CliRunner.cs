using Generator.Cli;
using Generator.Testing;

namespace Generator.Cli.Tests;

/// <summary>Runs the CLI in memory from the repository root and captures its output. The root and temporary folders
/// come from Generator.Testing, shared by all test projects.</summary>
internal static class CliRunner
{
    public static string RepoRoot => RepositoryRoot.Path;

    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(RepoRoot);
        try
        {
            var exit = CliApp.Run(args, output, error);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    /// <summary>A new, empty temporary folder (not deleted: tests inspect it after the run).</summary>
    public static string TempDir() => TempFolder.NewPath("cli");
}
