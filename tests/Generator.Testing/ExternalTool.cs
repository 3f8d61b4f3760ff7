using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Generator.Testing;

/// <summary>What an external tool printed and how it ended.</summary>
public sealed record ToolResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs an installed command-line tool (pdftotext, pdfinfo, pdffonts, qpdf, soffice). A missing tool fails the
/// test with the package to install: it never skips.</summary>
public static class ExternalTool
{
    /// <summary>How long a tool may run unless the caller says otherwise.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Runs <paramref name="tool"/> with the arguments and waits for it; fails the test when it cannot start or
    /// does not finish within <paramref name="timeout"/>.</summary>
    public static ToolResult Run(string tool, IEnumerable<string> arguments, TimeSpan? timeout = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException($"{tool} did not start");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"'{tool}' is required by this test but could not be run ({e.Message}). Install it: apt-get install {PackageOf(tool)}.");
            throw;
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var limit = timeout ?? DefaultTimeout;
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{tool} {string.Join(' ', info.ArgumentList)} did not finish within {limit}");
            }
            return new ToolResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
        }
    }

    /// <summary>Runs the tool and fails the test unless it exits with 0; returns its standard output and error together.</summary>
    public static string RunChecked(string tool, IEnumerable<string> arguments, TimeSpan? timeout = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var result = Run(tool, arguments, timeout, environment);
        if (result.ExitCode != 0) Assert.Fail($"{tool} failed with exit code {result.ExitCode}: {result.Stderr}");
        return result.Stdout + result.Stderr;
    }

    /// <summary>The Debian/Ubuntu package that provides a tool (scripts/ installs them for CI).</summary>
    private static string PackageOf(string tool) => tool switch
    {
        "soffice" => "libreoffice-writer-nogui",
        "qpdf" => "qpdf",
        _ => "poppler-utils",
    };
}
