using System.Diagnostics;
using System.Text;

namespace Generator.Pdf.Tests;

/// <summary>Runs poppler-utils and qpdf; a missing tool fails the test (it is installed by the CI set-up script).</summary>
internal static class ExternalTool
{
    public static (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException($"{tool} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{tool}' is required for this test (apt-get install poppler-utils qpdf).", e);
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout + stderr.Result);
        }
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
