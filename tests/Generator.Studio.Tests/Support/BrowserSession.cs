using PuppeteerSharp;

namespace Generator.Studio.Tests.Support;

/// <summary>
/// One studio and one headless Chromium (Debian's /usr/bin/chromium) shared by a test class. A missing browser fails the
/// tests (scripts/setup.sh installs it); it never skips them.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public StudioHost Studio { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The pages' console messages and errors, shown when a wait fails.</summary>
    public List<string> Log { get; } = [];

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: run scripts/setup.sh (it installs chromium) before the studio's browser tests.");
        await Studio.InitializeAsync();
        Browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--lang=ja-JP"],
            DefaultViewport = new ViewPortOptions { Width = 1200, Height = 800 },
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        await Studio.DisposeAsync();
    }

    /// <summary>A new tab on the start page (the first URL carries the token, as the printed one does).</summary>
    public async Task<IPage> OpenStartPage()
    {
        var page = await Browser.NewPageAsync();
        page.DefaultTimeout = 30_000;
        page.Console += (_, e) => { lock (Log) Log.Add($"console.{e.Message.Type}: {e.Message.Text}"); };
        page.PageError += (_, e) => { lock (Log) Log.Add($"page error: {e.Message}"); };
        page.RequestFailed += (_, e) => { lock (Log) Log.Add($"request failed: {e.Request.Url}"); };
        await page.GoToAsync(new Uri(Studio.BaseAddress, $"?token={StudioHost.Token}").ToString());
        await page.WaitForSelectorAsync("#templates button");
        return page;
    }

    /// <summary>Starts a draft of <paramref name="template"/> from the start page and waits for its first preview.</summary>
    public async Task<IPage> OpenNewDraft(string template)
    {
        var page = await OpenStartPage();
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync($"button[data-template='{template}']"));
        try
        {
            await page.WaitForSelectorAsync("#preview[data-rendered]");
        }
        catch (WaitTaskTimeoutException e)
        {
            lock (Log) throw new InvalidOperationException("The first preview was not drawn. Browser log:\n" + string.Join("\n", Log), e);
        }
        return page;
    }

    /// <summary>Waits until the preview's text (from pdf.js) contains <paramref name="text"/>.</summary>
    public static Task WaitForPreviewText(IPage page, string text) =>
        page.WaitForFunctionAsync("t => document.getElementById('preview-text').textContent.includes(t)", new WaitForFunctionOptions { Timeout = 30_000 }, text);

    /// <summary>Saves a screenshot when STUDIO_SCREENSHOTS names a folder (docs/studio/ for the documentation).</summary>
    public static async Task Screenshot(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("STUDIO_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(Path.Combine(folder, name + ".png"));
    }
}
