using System.Diagnostics;

namespace Generator.Docx.Tests;

/// <summary>Runs a command-line tool; a missing tool fails the test (never skips it).</summary>
internal static class ExternalTool
{
    public static string Run(string tool, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Xunit.Sdk.XunitException($"{tool} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new Xunit.Sdk.XunitException(
                $"'{tool}' is required for this test but could not be run ({e.Message}). Install it: apt-get install libreoffice-writer-nogui poppler-utils");
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new Xunit.Sdk.XunitException($"{tool} did not finish within {timeout}");
            }
            if (process.ExitCode != 0)
                throw new Xunit.Sdk.XunitException($"{tool} failed with exit code {process.ExitCode}: {stderr.Result}");
            return stdout.Result + stderr.Result;
        }
    }
}
