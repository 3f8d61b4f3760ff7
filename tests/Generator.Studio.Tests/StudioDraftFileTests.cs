using System.Net;
using System.Text;
using System.Text.Json;
using Generator.Cli;
using Generator.Studio.Tests.Support;

namespace Generator.Studio.Tests;

/// <summary>The studio and the CLI share one format: a draft's notice.yaml is what <c>generator render --data</c> reads.</summary>
public sealed class StudioDraftFileTests(StudioHost studio) : IClassFixture<StudioHost>
{
    [Fact]
    public async Task A_draft_saved_by_the_studio_renders_with_the_cli_and_keeps_the_edits()
    {
        using var client = studio.Client();
        var id = await NewDraft(client, "forwarding-notice");
        var values = new Dictionary<string, object?>
        {
            ["date"] = "令和7年4月15日",
            ["number"] = "保福第77号: 至急",      // a colon that YAML would misread if written by hand
            ["sender.name"] = "",                 // empty: null, the title alone is printed
            ["contact"] = new[] { "担当：北海道保健福祉部地域医療課", "", "電話：011-231-4111" },
            ["not.declared"] = "never written",
        };
        var response = await client.PostAsync($"/api/drafts/{id}/save", Json(new { values }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var notice = Path.Combine(studio.Workspace, "drafts", id, "notice.yaml");
        var text = File.ReadAllText(notice);
        Assert.Contains("date: 2025-04-15", text);
        Assert.DoesNotContain("never written", text);
        var output = Repo.TempDir();
        var (exit, _, err) = RunCli("render", "forwarding-notice", "--data", notice, "--recipient", "012025", "--format", "txt", "--out", output);
        Assert.True(exit == 0, err);
        var document = File.ReadAllText(Path.Combine(output, "012025_函館市.txt"));
        Assert.Contains("保福第77号: 至急", document);
        Assert.Contains("令和７年４月15日", document);
        Assert.Contains("電話：011-231-4111", document);
        Assert.Contains("函館市長", document);
    }

    [Fact]
    public async Task The_preview_pdf_is_the_cli_pdf_for_the_same_draft_and_recipient()
    {
        using var client = studio.Client();
        var id = await NewDraft(client, "council-agenda");
        var preview = JsonDocument.Parse(await (await client.PostAsync($"/api/drafts/{id}/preview", Json(new { values = new { }, recipient = "011002" }))).Content.ReadAsStringAsync());
        var pdf = Convert.FromBase64String(preview.RootElement.GetProperty("pdf").GetString()!);
        var download = await client.GetByteArrayAsync($"/api/drafts/{id}/document?format=pdf&recipient=011002");
        var output = Repo.TempDir();
        var (exit, _, err) = RunCli("render", "council-agenda", "--data", Path.Combine(studio.Workspace, "drafts", id, "notice.yaml"),
            "--recipient", "011002", "--format", "pdf", "--out", output);
        Assert.True(exit == 0, err);
        var cli = File.ReadAllBytes(Directory.GetFiles(output, "*.pdf").Single());
        Assert.Equal(cli, download);
        Assert.Equal(cli, pdf);

        var docx = await client.GetAsync($"/api/drafts/{id}/document?format=docx&recipient=012025");
        Assert.Equal("012025_函館市.docx", docx.Content.Headers.ContentDisposition?.FileNameStar);
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains("函館市", word.MainDocumentPart!.Document!.Body!.InnerText);
    }

    [Fact]
    public async Task A_table_field_is_saved_as_rows_and_printed()
    {
        using var client = studio.Client();
        var id = await NewDraft(client, "council-agenda");
        var rows = new[]
        {
            new Dictionary<string, string> { ["category"] = "基本情報", ["content"] = "性別、生年月日" },
            new Dictionary<string, string> { ["category"] = "", ["content"] = "" }, // an empty row is dropped
            new Dictionary<string, string> { ["category"] = "検査情報", ["content"] = "{{ 7*7 }} のまま" },
        };
        var draft = JsonDocument.Parse(await client.GetStringAsync($"/api/drafts/{id}")).RootElement;
        var items = draft.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "items");
        Assert.Equal("table", items.GetProperty("type").GetString());
        Assert.Equal(["区分", "項目"], items.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("label").GetString()));

        await client.PostAsync($"/api/drafts/{id}/save", Json(new { values = new Dictionary<string, object> { ["items"] = rows } }));

        var again = JsonDocument.Parse(await client.GetStringAsync($"/api/drafts/{id}")).RootElement.GetProperty("values").GetProperty("items");
        Assert.Equal(2, again.GetArrayLength());
        Assert.Equal("検査情報", again[1].GetProperty("category").GetString());
        var output = Repo.TempDir();
        var (exit, _, err) = RunCli("render", "council-agenda", "--data", Path.Combine(studio.Workspace, "drafts", id, "notice.yaml"),
            "--recipient", "011002", "--format", "txt", "--out", output);
        Assert.True(exit == 0, err);
        var text = File.ReadAllText(Directory.GetFiles(output, "*.txt").Single());
        Assert.Contains("性別、生年月日", text);
        Assert.Contains("{{ 7*7 }} のまま", text);
    }

    [Fact]
    public async Task Closing_the_tab_loses_nothing_a_new_page_shows_the_saved_values()
    {
        using var client = studio.Client();
        var id = await NewDraft(client, "circular");
        var fields = JsonDocument.Parse(await client.GetStringAsync($"/api/drafts/{id}")).RootElement.GetProperty("fields");
        var firstText = fields.EnumerateArray().First(f => f.GetProperty("type").GetString() == "text").GetProperty("key").GetString()!;
        await client.PostAsync($"/api/drafts/{id}/save", Json(new { values = new Dictionary<string, string> { [firstText] = "保存されたか確かめる値" } }));

        var again = JsonDocument.Parse(await client.GetStringAsync($"/api/drafts/{id}")).RootElement;
        Assert.Equal("保存されたか確かめる値", again.GetProperty("values").GetProperty(firstText).GetString());
        var info = await client.GetStringAsync("/api/info");
        Assert.Contains(id, info);
    }

    [Fact]
    public async Task A_notice_yaml_broken_by_hand_is_still_listed_and_opening_it_says_where()
    {
        using var client = studio.Client();
        var id = await NewDraft(client, "circular");
        File.WriteAllText(Path.Combine(studio.Workspace, "drafts", id, "notice.yaml"), "title: ok\nnumber: [unclosed\n");

        Assert.Contains(id, await client.GetStringAsync("/api/info"));
        var response = await client.GetAsync($"/api/drafts/{id}");
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("problems")[0];
        Assert.EndsWith("notice.yaml", problem.GetProperty("file").GetString());
        Assert.True(problem.GetProperty("line").GetInt32() >= 2);
    }

    private static async Task<string> NewDraft(HttpClient client, string template)
    {
        var response = await client.PostAsync("/api/drafts", Json(new { template }));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static (int Exit, string Out, string Err) RunCli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run([.. args, "--templates", Repo.Templates], output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
