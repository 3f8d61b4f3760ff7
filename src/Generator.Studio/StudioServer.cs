using Generator.Studio.Drafting;
using Generator.Studio.Recipients;
using Generator.Studio.Security;
using Generator.Studio.Sending;
using Generator.Studio.Web;
using Generator.Studio.Workspace;
using Generator.Templating;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Generator.Studio;

/// <summary>The drafting studio: a local web server (Kestrel, minimal APIs) over the same pipeline and batch as the CLI.</summary>
public sealed class StudioServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private StudioServer(WebApplication app, StudioToken token, StudioWorkspace workspace)
    {
        this.app = app;
        Token = token;
        Workspace = workspace;
    }

    /// <summary>The launch token.</summary>
    public StudioToken Token { get; }

    /// <summary>The workspace in use.</summary>
    public StudioWorkspace Workspace { get; }

    /// <summary>The base address, e.g. <c>http://127.0.0.1:5173/</c> (after start).</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The address to open: the base with <c>?token=…</c>.</summary>
    public Uri LaunchUrl => new(BaseAddress, $"?{StudioToken.QueryName}={Token.Value}");

    /// <summary>Builds and starts the studio; returns once it listens.</summary>
    public static async Task<StudioServer> StartAsync(StudioOptions options, CancellationToken cancellationToken = default)
    {
        var workspace = new StudioWorkspace(options.Workspace);
        var token = new StudioToken(options.Token);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(StudioServer).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(options.ListenAddress, options.Port);
            k.Limits.MaxRequestBodySize = options.MaxUploadBytes + 64 * 1024;
            k.AddServerHeader = false;
        });
        builder.Services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = options.MaxUploadBytes + 64 * 1024);
        builder.Services.ConfigureHttpJsonOptions(j => StudioJson.Configure(j.SerializerOptions));

        var drafts = new DraftStore(workspace);
        var variants = new TemplateVariants(workspace, new TemplateRoot(options.TemplatesDirectory));
        var recipients = new StudioRecipients(workspace, options.MaxUploadBytes);
        var drafting = new DraftingService(workspace, drafts, variants, recipients, options.FontPath);
        var sending = new SendService(drafting, options);

        var app = builder.Build();
        var guard = new RequestGuard(token, options.ListenAddress);
        app.Use((context, next) => guard.InvokeAsync(context, () => next(context)));
        StudioApi.Map(app, drafting, sending);
        var server = new StudioServer(app, token, workspace);
        await app.StartAsync(cancellationToken);
        // listening on every address: the browser on this machine still goes through loopback
        var port = new Uri(app.Urls.First()).Port;
        var listen = options.ListenAddress;
        var host = listen.Equals(System.Net.IPAddress.Any) || listen.Equals(System.Net.IPAddress.IPv6Any) || System.Net.IPAddress.IsLoopback(listen)
            ? (listen.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && System.Net.IPAddress.IsLoopback(listen) ? "[::1]" : "127.0.0.1")
            : listen.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{listen}]" : listen.ToString();
        server.BaseAddress = new Uri($"http://{host}:{port}/");
        return server;
    }

    /// <summary>Waits until the server is stopped (Ctrl+C or <paramref name="cancellationToken"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => app.WaitForShutdownAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
