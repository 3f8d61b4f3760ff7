namespace Generator.Pdf.Tests;

/// <summary>Runs poppler-utils and qpdf through <see cref="Generator.Testing.ExternalTool"/>; a missing tool fails the test
/// (it is installed by the CI set-up script).</summary>
internal static class ExternalTool
{
    /// <summary>Runs the tool; returns its exit code and its standard output and error together.</summary>
    public static (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var result = Generator.Testing.ExternalTool.Run(tool, arguments);
        return (result.ExitCode, result.Stdout + result.Stderr);
    }

    /// <summary>pdftotext in raw mode (content-stream order): our drawing order is reading order, and raw mode never adds
    /// layout spaces for justified lines. Returns the lines of each page.</summary>
    public static List<string[]> PdfToTextRaw(string pdfPath)
    {
        var (code, output) = Run("pdftotext", "-raw", "-enc", "UTF-8", pdfPath, "-");
        Assert.Equal(0, code);
        var pages = output.Split('\f');
        return pages.Take(pages.Length - 1).Select(p => p.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
    }
}
