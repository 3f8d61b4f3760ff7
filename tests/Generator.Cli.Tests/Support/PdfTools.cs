using System.Globalization;
using System.Text.RegularExpressions;

namespace Generator.Cli.Tests.Support;

/// <summary>What poppler-utils and qpdf say about a PDF.</summary>
internal static partial class PdfTools
{
    /// <summary>The text of the PDF as <c>pdftotext -raw</c> extracts it (content-stream order, UTF-8).</summary>
    public static string Text(string pdf)
    {
        var (exit, text, error) = ExternalTool.Run("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-");
        Assert.True(exit == 0, $"pdftotext {pdf}: exit {exit}: {error}");
        return text;
    }

    /// <summary>The text lines of the PDF, each trimmed, without empty lines.</summary>
    public static IReadOnlyList<string> Lines(string pdf) =>
        [.. Text(pdf).Split(['\n', '\f'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.Length > 0)];

    /// <summary>The page count pdfinfo reports.</summary>
    public static int Pages(string pdf)
    {
        var (exit, output, error) = ExternalTool.Run("pdfinfo", pdf);
        Assert.True(exit == 0, $"pdfinfo {pdf}: exit {exit}: {error}");
        var match = PagesLine().Match(output);
        Assert.True(match.Success, $"pdfinfo {pdf} printed no page count:\n{output}");
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Fails unless <c>qpdf --check</c> finds the file clean (exit 0: no errors, no warnings).</summary>
    public static void AssertQpdfClean(string pdf)
    {
        var (exit, output, error) = ExternalTool.Run("qpdf", "--check", pdf);
        Assert.True(exit == 0, $"qpdf --check {Path.GetFileName(pdf)}: exit {exit}\n{output}\n{error}");
        Assert.Contains("No syntax or stream encoding errors found", output);
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex PagesLine();
}
