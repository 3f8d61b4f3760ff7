namespace Generator.Cli.Tests.Support;

/// <summary>Runs an installed command-line tool (pdftotext, pdfinfo, qpdf). A missing tool fails the test: it never skips.
/// A thin wrapper over <see cref="Generator.Testing.ExternalTool"/>.</summary>
internal static class ExternalTool
{
    public static (int Exit, string Out, string Err) Run(string tool, params string[] args)
    {
        var result = Generator.Testing.ExternalTool.Run(tool, args);
        return (result.ExitCode, result.Stdout, result.Stderr);
    }
}
