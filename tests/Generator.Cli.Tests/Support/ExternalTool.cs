namespace Generator.Cli.Tests.Support;

/// <summary>Runs an installed command-line tool (pdftotext, pdfinfo, qpdf). A missing tool fails the test: it never skips.
/// A thin wrapper over <see cref="Generator.Testing.ExternalTool"/>.</summary>
internal static class ExternalTool
{
    public static (int Exit, string Out, string Err) Run(string tool, params string[] args) => RunWith(null, tool, args);

    /// <summary>As <see cref="Run"/>, with extra environment variables (e.g. FONTCONFIG_FILE for LibreOffice).</summary>
    public static (int Exit, string Out, string Err) RunWith(IReadOnlyDictionary<string, string>? environment, string tool, params string[] args)
    {
        var result = Generator.Testing.ExternalTool.Run(tool, args, environment: environment);
        return (result.ExitCode, result.Stdout, result.Stderr);
    }

    /// <summary>As <see cref="RunWith"/>, with the tool first.</summary>
    public static (int Exit, string Out, string Err) RunWithEnvironment(string tool, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunWith(environment, tool, args);
}
