using System.Diagnostics;
using System.Text;

namespace Generator.Cli.Tests.Support;

/// <summary>Runs the real CLI as a child process under a file-size limit (<c>ulimit -f</c>, SIGXFSZ ignored), so that a
/// write past the limit fails with EFBIG the way a write to a full disk fails with ENOSPC: an IOException mid-run.</summary>
internal static class FileSizeLimitedCli
{
    /// <summary>Runs <paramref name="args"/> with files limited to <paramref name="kibibytes"/> KiB; returns exit code and output.</summary>
    public static (int Exit, string Out, string Err) Run(int kibibytes, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "generator.dll");
        Assert.True(File.Exists(dll), $"{dll} not found: the CLI is not in the test's bin folder");
        var info = new ProcessStartInfo("bash")
        {
            WorkingDirectory = CliRunner.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        // ulimit -f counts 1024-byte blocks in bash; an ignored signal stays ignored across exec
        foreach (var a in (string[])["-c", $"trap '' XFSZ; ulimit -f {kibibytes}; exec \"$0\" \"$@\"", Host(), dll, .. args]) info.ArgumentList.Add(a);
        info.Environment["DOTNET_EnableDiagnostics"] = "0";
        info.Environment["DOTNET_EnableWriteXorExecute"] = "0"; // W^X maps a large file-backed region, which the limit forbids
        using var process = Process.Start(info) ?? throw new InvalidOperationException("bash did not start");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "the generator did not exit");
        return (process.ExitCode, output, error.Result);
    }

    private static string Host() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
