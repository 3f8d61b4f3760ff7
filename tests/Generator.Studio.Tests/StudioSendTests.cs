using System.Text;
using System.Text.Json;
using Generator.Studio.Tests.Support;

namespace Generator.Studio.Tests;

/// <summary>A send through the API: validation first, so a template error fails the run with every problem and writes nothing.</summary>
public sealed class StudioSendTests(StudioHost studio) : IClassFixture<StudioHost>
{
    [Fact]
    public async Task A_send_with_a_template_error_reports_every_recipient_and_writes_nothing()
    {
        using var client = studio.Client();
        var id = JsonDocument.Parse(await (await client.PostAsync("/api/drafts", Json(new { template = "council-referral" }))).Content.ReadAsStringAsync())
            .RootElement.GetProperty("id").GetString()!;
        var path = "council-referral/template.sbn";
        var original = File.ReadAllText(Path.Combine(Repo.Templates, path));
        await client.PutAsync("/api/wording", Json(new { path, text = original + "\n{{ recipient.no_such_field }}\n" }));
        try
        {
            var started = JsonDocument.Parse(await (await client.PostAsync($"/api/drafts/{id}/send", Json(new { recipients = "builtin:code=011002,012025" }))).Content.ReadAsStringAsync()).RootElement;
            var job = started.GetProperty("job").GetString();
            JsonElement state;
            var deadline = DateTime.UtcNow.AddSeconds(60);
            do
            {
                await Task.Delay(100);
                state = JsonDocument.Parse(await client.GetStringAsync($"/api/jobs/{job}")).RootElement;
            } while (state.GetProperty("state").GetString() == "running" && DateTime.UtcNow < deadline);

            Assert.Equal("failed", state.GetProperty("state").GetString());
            var problems = state.GetProperty("problems").EnumerateArray().ToList();
            Assert.Equal(["011002 札幌市", "012025 函館市"], problems.Select(p => p.GetProperty("recipient").GetString()).Distinct());
            Assert.All(problems, p => Assert.Equal(path, p.GetProperty("file").GetString()));
            Assert.False(Directory.Exists(started.GetProperty("output").GetString()));
            Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(studio.Workspace, "runs")));
        }
        finally
        {
            await client.DeleteAsync($"/api/wording?path={Uri.EscapeDataString(path)}");
        }
        Assert.Equal(original, File.ReadAllText(Path.Combine(Repo.Templates, path))); // the built-in file was never written
    }

    [Fact]
    public async Task Recipients_with_problems_are_not_sent()
    {
        using var client = studio.Client();
        var id = JsonDocument.Parse(await (await client.PostAsync("/api/drafts", Json(new { template = "council-referral" }))).Content.ReadAsStringAsync())
            .RootElement.GetProperty("id").GetString()!;
        var started = JsonDocument.Parse(await (await client.PostAsync($"/api/drafts/{id}/send", Json(new { recipients = "builtin:prefecture=アトランティス" }))).Content.ReadAsStringAsync()).RootElement;
        JsonElement state;
        do
        {
            await Task.Delay(100);
            state = JsonDocument.Parse(await client.GetStringAsync($"/api/jobs/{started.GetProperty("job").GetString()}")).RootElement;
        } while (state.GetProperty("state").GetString() == "running");
        Assert.Equal("failed", state.GetProperty("state").GetString());
        Assert.Contains("アトランティス", state.GetProperty("problems")[0].GetProperty("message").GetString());
        Assert.False(Directory.Exists(started.GetProperty("output").GetString()));
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}
