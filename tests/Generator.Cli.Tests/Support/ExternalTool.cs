using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Generator.Cli.Tests.Support;

/// <summary>Runs an installed command-line tool (pdftotext, pdfinfo, qpdf). A missing tool fails the test: it never skips.</summary>
internal static class ExternalTool
{
    public static (int Exit, string Out, string Err) Run(string tool, params string[] args) =>
        RunWithEnvironment(tool, new Dictionary<string, string>(), args);

    /// <summary>Runs <paramref name="tool"/> with <paramref name="environment"/> added to this process's environment.</summary>
    public static (int Exit, string Out, string Err) RunWithEnvironment(string tool, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var (name, value) in environment) info.Environment[name] = value;
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException($"{tool} did not start");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"'{tool}' is required by this test but is not installed ({e.Message}). Install it: bash scripts/setup.sh (poppler-utils, qpdf, libreoffice-writer-nogui).");
            throw;
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill();
                Assert.Fail($"{tool} {string.Join(' ', args)} did not finish");
            }
            return (process.ExitCode, stdout, stderr.GetAwaiter().GetResult());
        }
    }
}
