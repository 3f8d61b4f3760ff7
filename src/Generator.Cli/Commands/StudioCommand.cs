using System.CommandLine;
using System.Diagnostics;
using System.Net;
using Generator.Batch;
using Generator.Studio;
using Generator.Studio.Workspace;
using Generator.Templating;

namespace Generator.Cli.Commands;

/// <summary><c>generator studio</c>: starts the drafting studio on loopback and opens the browser.</summary>
internal static class StudioCommand
{
    public static Command Create(CliConsole console)
    {
        var port = new Option<int>("--port") { Description = "Port to listen on (default: a free one).", DefaultValueFactory = _ => 0 };
        var workspace = new Option<DirectoryInfo?>("--workspace") { Description = "Folder for drafts, your wording, uploads and runs (default: generator-workspace/ in the current folder)." };
        var noBrowser = new Option<bool>("--no-browser") { Description = "Do not open a browser; only print the address." };
        var listen = new Option<string?>("--listen") { Description = "Address to listen on (default 127.0.0.1; another address lets other machines connect — they still need the token)." };
        var templates = CommonOptions.Templates();
        var font = new Option<FileInfo?>("--font") { Description = "TrueType font file for PDF output." };
        var command = new Command("studio", "Start the drafting studio: fill in a notice, see the real PDF as you type, and send it to every recipient, in the browser.")
        {
            port, workspace, noBrowser, listen, templates, font,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            IPAddress address = IPAddress.Loopback;
            if (parse.GetValue(listen) is { } text && !IPAddress.TryParse(text, out address!))
            {
                console.Error.WriteLine($"generator: --listen '{text}' is not an IP address (e.g. 127.0.0.1 or 0.0.0.0).");
                return CliApp.UsageError;
            }
            var settings = new WriterSettings(parse.GetValue(font)?.FullName);
            var options = new StudioOptions
            {
                Workspace = parse.GetValue(workspace)?.FullName ?? StudioWorkspace.DefaultPath(Directory.GetCurrentDirectory()),
                TemplatesDirectory = TemplateRoot.Discover(parse.GetValue(templates)?.FullName).Directory,
                Port = parse.GetValue(port),
                ListenAddress = address,
                FontPath = settings.FontPath,
            };
            await using var server = await StudioServer.StartAsync(options, cancellationToken);
            console.Out.WriteLine($"Generator studio: {server.LaunchUrl}");
            console.Out.WriteLine($"Workspace: {server.Workspace.Root}");
            console.Out.WriteLine("Press Ctrl+C to stop.");
            console.Out.Flush();
            if (!parse.GetValue(noBrowser)) OpenBrowser(server.LaunchUrl, console);
            try { await server.WaitForShutdownAsync(cancellationToken); }
            catch (OperationCanceledException) { }
            return CliApp.Success;
        });
        return command;
    }

    /// <summary>Opens the platform's default browser (Windows: the shell; macOS: open; elsewhere xdg-open); says so when there is none.</summary>
    private static void OpenBrowser(Uri url, CliConsole console)
    {
        try
        {
            var start = OperatingSystem.IsWindows() ? new ProcessStartInfo(url.ToString()) { UseShellExecute = true }
                : OperatingSystem.IsMacOS() ? new ProcessStartInfo("open", [url.ToString()])
                : new ProcessStartInfo("xdg-open", [url.ToString()]) { RedirectStandardError = true, RedirectStandardOutput = true };
            Process.Start(start)?.Dispose();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            console.Out.WriteLine("No browser could be opened here: open the address above in a browser.");
        }
    }
}
