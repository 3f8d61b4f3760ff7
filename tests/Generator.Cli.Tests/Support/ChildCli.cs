using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Generator.Cli.Tests.Support;

/// <summary>The real <c>generator</c> as a child process (<c>dotnet generator.dll …</c> from this test's bin folder), for
/// what only a separate process can show: signals, a killed process, its exit code.</summary>
internal sealed partial class ChildCli : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();

    private ChildCli(Process process)
    {
        this.process = process;
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public string Output { get { lock (output) return output.ToString(); } }

    public string Error { get { lock (error) return error.ToString(); } }

    /// <summary>Starts the CLI in the repository root; <paramref name="tempDirectory"/> becomes its TMPDIR.</summary>
    public static ChildCli Start(string tempDirectory, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "generator.dll");
        Assert.True(File.Exists(dll), $"{dll} not found: the CLI is not in the test's bin folder");
        var info = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = CliRunner.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["TMPDIR"] = tempDirectory;
        info.Environment["DOTNET_EnableDiagnostics"] = "0"; // no diagnostics socket in TMPDIR: it then holds only what the generator leaves
        var child = new ChildCli(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start"));
        child.process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (child.output) child.output.AppendLine(e.Data); };
        child.process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (child.error) child.error.AppendLine(e.Data); };
        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits (polling) until <paramref name="condition"/> holds; fails if the process ends first or it never does.</summary>
    public void WaitUntil(Func<bool> condition, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (process.HasExited)
                Assert.Fail($"the generator exited ({process.ExitCode}) before {what}.\nstdout tail:\n{Tail(Output)}\nstderr:\n{Error}");
            if (deadline.Elapsed > TimeSpan.FromMinutes(3))
                Assert.Fail($"gave up waiting for {what}");
            Thread.Sleep(10);
        }
    }

    /// <summary>Sends a POSIX signal (15 SIGTERM, 9 SIGKILL) with libc kill(2).</summary>
    public void Signal(int signal)
    {
        Assert.True(Kill(process.Id, signal) == 0, $"kill({process.Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    /// <summary>Waits for the process to end and returns its exit code (128 + n after a fatal signal n).</summary>
    public int WaitForExit()
    {
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the generator did not exit");
        }
        process.WaitForExit(); // drains the redirected output
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }

    private static string Tail(string text) => string.Join("\n", text.Split('\n').TakeLast(5));

    /// <summary>The dotnet host running this test (so the child uses the same runtime), else dotnet from PATH.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
