using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Generator.Studio.Tests.Support;

namespace Generator.Studio.Tests;

/// <summary>
/// The studio is a web server on a civil servant's machine: it answers only its own tab. A foreign Host (DNS rebinding),
/// a foreign Origin on a state-changing request (CSRF) and a missing token get 403; nothing from the browser becomes a
/// path outside the workspace.
/// </summary>
public sealed class StudioSecurityTests(StudioHost studio) : IClassFixture<StudioHost>
{
    [Fact]
    public async Task A_request_without_the_token_is_refused()
    {
        using var client = studio.Client(withToken: false);
        var response = await client.GetAsync("/api/info");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("generator studio", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/?token=wrong")).StatusCode);
    }

    [Fact]
    public async Task The_first_url_sets_an_http_only_same_site_cookie_and_drops_the_token_from_the_address()
    {
        using var client = studio.Client(withToken: false);
        var response = await client.GetAsync($"/?token={StudioHost.Token}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains($"={StudioHost.Token}", cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/info");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("attacker.localhost.example")]
    [InlineData("192.168.1.10")]
    public async Task A_foreign_host_is_refused_even_with_the_token(string host)
    {
        using var client = studio.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/info");
        request.Headers.Host = $"{host}:{studio.BaseAddress.Port}";
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task The_right_host_name_on_another_port_is_refused()
    {
        using var client = studio.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/info");
        request.Headers.Host = $"127.0.0.1:{studio.BaseAddress.Port + 1}";
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("null")]
    public async Task A_state_changing_request_from_a_foreign_origin_is_refused_and_changes_nothing(string origin)
    {
        using var client = studio.Client();
        var before = Directory.GetDirectories(Path.Combine(studio.Workspace, "drafts")).Length;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/drafts") { Content = Json("{\"template\":\"circular\"}") };
        request.Headers.Add("Origin", origin);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request)).StatusCode);
        Assert.Equal(before, Directory.GetDirectories(Path.Combine(studio.Workspace, "drafts")).Length);
    }

    [Fact]
    public async Task A_cross_site_fetch_is_refused_even_without_origin()
    {
        using var client = studio.Client();
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/wording") { Content = Json("{\"path\":\"circular/template.sbn\",\"text\":\"x\"}") };
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request)).StatusCode);
        Assert.False(File.Exists(Path.Combine(studio.Workspace, "templates", "circular", "template.sbn")));
    }

    [Fact]
    public async Task The_own_origin_may_change_state()
    {
        using var client = studio.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/drafts") { Content = Json("{\"template\":\"circular\"}") };
        request.Headers.Add("Origin", $"http://127.0.0.1:{studio.BaseAddress.Port}");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("circular/../../x.sbn")]
    [InlineData("circular/notice.yaml")]
    [InlineData("circular\\..\\..\\x.sbn")]
    public async Task Wording_paths_outside_the_templates_are_refused(string path)
    {
        using var client = studio.Client();
        var body = $"{{\"path\":{System.Text.Json.JsonSerializer.Serialize(path)},\"text\":\"owned\"}}";
        var response = await client.PutAsync("/api/wording", Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Directory.GetFiles(studio.Workspace, "*", SearchOption.AllDirectories).Where(f => File.ReadAllText(f) == "owned"));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("..%2F..%2Fetc")]
    [InlineData("Circular-1")]
    public async Task Draft_ids_that_the_studio_did_not_make_are_not_found(string id)
    {
        using var client = studio.Client();
        var response = await client.GetAsync($"/api/drafts/{id}");
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, response.StatusCode.ToString());
    }

    [Fact]
    public async Task An_uploaded_file_name_never_becomes_a_path()
    {
        using var client = studio.Client();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("code\r\n011002\r\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "../../../evil.csv");
        var response = await client.PostAsync("/api/recipients/upload", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"count\":1", await response.Content.ReadAsStringAsync());
        Assert.False(File.Exists(Path.Combine(studio.Workspace, "..", "..", "..", "evil.csv")));
        var stored = Assert.Single(Directory.GetFiles(Path.Combine(studio.Workspace, "uploads"), "*.csv"));
        Assert.Matches("^[0-9a-f]{16}\\.csv$", Path.GetFileName(stored));
    }

    [Fact]
    public async Task A_recipient_spec_that_is_a_path_is_not_read()
    {
        using var client = studio.Client();
        var secret = Path.Combine(Repo.TempDir(), "secret.csv");
        File.WriteAllText(secret, "code\r\n011002\r\n");
        var response = await client.PostAsync("/api/recipients/load", Json($"{{\"spec\":{System.Text.Json.JsonSerializer.Serialize(secret)}}}"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"count\":0", body);
    }

    [Fact]
    public async Task An_upload_over_the_size_cap_is_refused()
    {
        using var client = studio.Client();
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(new byte[6 * 1024 * 1024]), "file", "big.csv");
        HttpResponseMessage? response = null;
        try { response = await client.PostAsync("/api/recipients/upload", form); }
        catch (HttpRequestException) { } // the server may close the connection mid-body: refused either way
        catch (IOException) { }
        Assert.True(response is null || response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest or (HttpStatusCode)422,
            response?.StatusCode.ToString());
        Assert.Empty(Directory.GetFiles(Path.Combine(studio.Workspace, "uploads"), "*.csv").Where(f => new FileInfo(f).Length > 1024 * 1024));
    }

    [Fact]
    public async Task Edited_wording_runs_under_the_clis_template_limits()
    {
        using var client = studio.Client();
        var created = await client.PostAsync("/api/drafts", Json("{\"template\":\"circular\"}"));
        var id = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        const string path = "circular/template.sbn";
        var original = File.ReadAllText(Path.Combine(Repo.Templates, path));
        await client.PutAsync("/api/wording", Json(System.Text.Json.JsonSerializer.Serialize(new { path, text = "{{ while true }}x{{ end }}\n" + original })));
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var preview = await client.PostAsync($"/api/drafts/{id}/preview", Json("{\"values\":{}}"));
            var body = System.Text.Json.JsonDocument.Parse(await preview.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("pdf").ValueKind);
            var problem = body.GetProperty("problems").EnumerateArray().Single(p => p.GetProperty("severity").GetString() == "error");
            Assert.Equal(path, problem.GetProperty("file").GetString());
            Assert.Equal(1, problem.GetProperty("line").GetInt32());
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), clock.Elapsed.ToString());
        }
        finally
        {
            await client.DeleteAsync($"/api/wording?path={Uri.EscapeDataString(path)}");
        }
    }

    [Fact]
    public void The_studio_listens_on_loopback_only_by_default()
    {
        Assert.Equal("127.0.0.1", studio.BaseAddress.Host);
        foreach (var address in Dns.GetHostAddresses(Dns.GetHostName()).Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a)))
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            Assert.ThrowsAny<SocketException>(() => socket.Connect(address, studio.BaseAddress.Port));
        }
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
