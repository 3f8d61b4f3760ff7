using System.Net;

namespace Generator.Studio.Tests.Support;

/// <summary>A studio on a free loopback port over a fresh workspace, as <c>generator studio</c> starts it.</summary>
public sealed class StudioHost : IAsyncLifetime
{
    public const string Token = "0123456789abcdef0123456789abcdef";

    public StudioServer Server { get; private set; } = null!;

    public string Workspace { get; } = Repo.TempDir();

    public Uri BaseAddress => Server.BaseAddress;

    public async Task InitializeAsync() =>
        Server = await StudioServer.StartAsync(new StudioOptions { Workspace = Workspace, TemplatesDirectory = Repo.Templates, Token = Token });

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>An HttpClient that sends the token header, without cookies or redirects.</summary>
    public HttpClient Client(bool withToken = true)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };
        if (withToken) client.DefaultRequestHeaders.Add("X-Studio-Token", Token);
        return client;
    }
}
