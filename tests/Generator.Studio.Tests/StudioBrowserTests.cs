using System.IO.Compression;
using System.Text;
using Generator.Studio.Tests.Support;
using PuppeteerSharp;

namespace Generator.Studio.Tests;

/// <summary>
/// The studio in a real browser (headless Chromium): the draft page's live PDF preview, the recipient search, template
/// errors at their line, recipient-file problems at their row and column, and a send with its progress bar and ZIP.
/// One studio and one browser for the class; each test starts its own draft.
/// </summary>
public sealed class StudioBrowserTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Changing_the_date_shows_the_new_wareki_date_in_the_preview()
    {
        await using var page = await session.OpenNewDraft("forwarding-notice");
        await BrowserSession.WaitForPreviewText(page, "平成30年７月10日");
        await BrowserSession.Screenshot(page, "draft");

        await SetValue(page, "#field-date", "令和7年4月15日");

        await BrowserSession.WaitForPreviewText(page, "令和７年４月15日");
        Assert.Equal("＝ 令和７年４月15日", await Text(page, "[data-wareki='date']"));
        Assert.DoesNotContain("平成30年７月10日", await Text(page, "#preview-text"));
        var saved = File.ReadAllText(Path.Combine(session.Studio.Workspace, "drafts", DraftId(page), "notice.yaml"));
        Assert.Contains("date: 2025-04-15", saved);
    }

    [Fact]
    public async Task A_bad_date_is_shown_beside_its_field_and_the_last_good_preview_stays()
    {
        await using var page = await session.OpenNewDraft("forwarding-notice");
        var rendered = await page.EvaluateExpressionAsync<string>("document.getElementById('preview').dataset.rendered");

        await SetValue(page, "#field-date", "令和7年2月30日");

        await page.WaitForFunctionAsync("() => document.querySelector(\"[data-error='date']\").textContent.length > 0");
        Assert.Contains("令和7年2月30日", await Text(page, "[data-error='date']"));
        Assert.Equal(rendered, await page.EvaluateExpressionAsync<string>("document.getElementById('preview').dataset.rendered"));
        Assert.Contains("平成30年７月10日", await Text(page, "#preview-text"));
        // the unreadable value is not saved: notice.yaml keeps the last good date and stays readable by the CLI
        var saved = File.ReadAllText(Path.Combine(session.Studio.Workspace, "drafts", DraftId(page), "notice.yaml"));
        Assert.Contains("date: 2018-07-10", saved);
        Assert.DoesNotContain("2月30日", saved);
    }

    [Fact]
    public async Task Choosing_Hakodate_in_the_search_box_addresses_the_preview_to_its_mayor()
    {
        await using var page = await session.OpenNewDraft("forwarding-notice");
        await BrowserSession.WaitForPreviewText(page, "札幌市長");

        await page.TypeAsync("#recipient-search", "函館市");

        await BrowserSession.WaitForPreviewText(page, "函館市長");
        Assert.DoesNotContain("札幌市長", await Text(page, "#preview-text"));
        Assert.Equal("012025 函館市", await Text(page, "#recipient-current"));
    }

    [Fact]
    public async Task A_template_error_appears_with_its_line_and_the_last_good_preview_stays()
    {
        await using var page = await session.OpenNewDraft("forwarding-notice");
        await BrowserSession.WaitForPreviewText(page, "札幌市長");
        await page.ClickAsync("[data-tab='wording']");
        await page.WaitForFunctionAsync("() => document.getElementById('wording-text').value.length > 0");
        Assert.Equal("forwarding-notice/template.sbn", await page.EvaluateExpressionAsync<string>("document.getElementById('wording-file').value"));
        var pages = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#preview canvas').length");
        try
        {
            // a Scriban statement that does not parse, on the line after the template's opening comment
            var line = await page.EvaluateExpressionAsync<int>(
                "(() => { const t = document.getElementById('wording-text'); const l = t.value.split('\\n'); const at = l.findIndex(x => x.includes('## -}}')) + 1; " +
                "l.splice(at, 0, '{{ if }}'); t.value = l.join('\\n'); t.dispatchEvent(new Event('input')); return at + 1; })()");
            Assert.True(line > 1);
            await page.ClickAsync("#wording-save");

            await page.WaitForFunctionAsync("n => [...document.querySelectorAll('#problems li.error')].some(li => li.textContent.includes(`forwarding-notice/template.sbn(${n}`))", line);
            await page.WaitForSelectorAsync("#wording-gutter div.bad");
            Assert.Equal(line.ToString(), await Text(page, "#wording-gutter div.bad"));
            Assert.Contains($"{line}行目", await Text(page, "#wording-error"));
            Assert.Equal(pages, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#preview canvas').length"));
            Assert.Contains("札幌市長", await Text(page, "#preview-text"));
            Assert.True(await page.EvaluateExpressionAsync<bool>("document.getElementById('preview').classList.contains('stale')"));
            await BrowserSession.Screenshot(page, "wording-error");
        }
        finally
        {
            await page.ClickAsync("#wording-reset"); // the variant is shared by the class's drafts: back to the original
            await page.WaitForFunctionAsync("() => !document.getElementById('preview').classList.contains('stale')");
        }
        Assert.False(File.Exists(Path.Combine(session.Studio.Workspace, "templates", "forwarding-notice", "template.sbn")));
    }

    [Fact]
    public async Task An_uploaded_csv_with_a_bad_check_digit_shows_the_row_and_column()
    {
        await using var page = await session.OpenNewDraft("forwarding-notice");
        await page.ClickAsync("[data-tab='recipients']");
        var csv = Path.Combine(Repo.TempDir(), "送付先.csv");
        File.WriteAllText(csv, "団体名,コード\r\n札幌市,011002\r\n函館市,012026\r\n", new UTF8Encoding(true));

        var input = await page.QuerySelectorAsync("#rcp-file");
        await input.UploadFileAsync(csv);

        await page.WaitForSelectorAsync("#rcp-problems tbody tr");
        var cells = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#rcp-problems tbody tr:first-child td')].map(td => td.textContent)");
        Assert.Equal("送付先.csv", cells[0]);
        Assert.Equal("3", cells[1]); // row 3 as Excel numbers it (header = 1)
        Assert.Equal("2", cells[2]); // the コード column
        Assert.Contains("012025", cells[3] + cells[4]); // names the right check digit
        Assert.True(await page.EvaluateExpressionAsync<bool>("document.getElementById('send-run').disabled"));
        await BrowserSession.Screenshot(page, "recipients-problem");
    }

    [Fact]
    public async Task Sending_to_Aomori_reaches_the_end_of_the_progress_bar_and_the_zip_holds_40_recipients()
    {
        await using var page = await session.OpenNewDraft("forwarding-notice");
        await page.ClickAsync("[data-tab='recipients']");
        await page.SelectAsync("#rcp-prefecture", "青森県");
        await page.ClickAsync("#rcp-load");
        await page.WaitForFunctionAsync("() => document.getElementById('rcp-summary').textContent === '40件'");
        await BrowserSession.Screenshot(page, "recipients");
        await page.ClickAsync("[data-tab='send']");
        Assert.Contains("builtin:prefecture=青森県", await Text(page, "#send-recipients"));
        // the sample notice still has 「○」 and unconfirmed facts: they must be acknowledged first
        Assert.True(await page.EvaluateExpressionAsync<bool>("document.getElementById('send-run').disabled"));
        await page.ClickAsync("#send-confirm");
        Assert.False(await page.EvaluateExpressionAsync<bool>("document.getElementById('send-run').disabled"));

        await page.ClickAsync("#send-run");

        await page.WaitForSelectorAsync("#send-progress[data-complete]", new WaitForSelectorOptions { Timeout = 120_000 });
        Assert.True(await page.EvaluateExpressionAsync<bool>("(() => { const p = document.getElementById('send-progress'); return p.value === p.max; })()"));
        await page.WaitForSelectorAsync("#send-zip");
        await BrowserSession.Screenshot(page, "send");
        var href = await page.EvaluateExpressionAsync<string>("document.getElementById('send-zip').href");
        using var client = session.Studio.Client();
        using var zip = new ZipArchive(new MemoryStream(await client.GetByteArrayAsync(href)));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        // the recipients' PDFs, and print.pdf as `generator batch --format docx,pdf` makes it
        Assert.Equal(40, names.Count(n => n.EndsWith(".pdf", StringComparison.Ordinal) && n != "print.pdf"));
        Assert.Contains("print.pdf", names);
        Assert.Equal(40, names.Count(n => n.EndsWith(".docx", StringComparison.Ordinal)));
        Assert.Contains(names, n => n == "022012_青森市.pdf");
        Assert.Contains("manifest.json", names);
        var runs = Directory.GetDirectories(Path.Combine(session.Studio.Workspace, "runs"));
        Assert.Contains(runs, r => Path.GetFileName(r).StartsWith(DraftId(page) + "-", StringComparison.Ordinal));

        await using var start = await session.OpenStartPage(); // the draft is listed on the start page
        await start.WaitForSelectorAsync($"#drafts a[href='/draft/{DraftId(page)}']");
        await BrowserSession.Screenshot(start, "start");
    }

    private static string DraftId(IPage page) => Uri.UnescapeDataString(new Uri(page.Url).Segments[^1]);

    private static Task<string> Text(IPage page, string selector) =>
        page.EvaluateFunctionAsync<string>("s => document.querySelector(s).textContent", selector);

    private static Task SetValue(IPage page, string selector, string value) =>
        page.EvaluateFunctionAsync("(s, v) => { const n = document.querySelector(s); n.value = v; n.dispatchEvent(new Event('input', { bubbles: true })); }", selector, value);
}
