using Generator.Core.Tests.Support;
using Generator.Diagnostics;
using Generator.Pipeline;
using Generator.Templating;

namespace Generator.Core.Tests.Pipeline;

/// <summary>The notice of a run as every front end loads it (<see cref="NoticeLoader"/>): through the renderer's
/// <see cref="ITemplateSource"/>, with no downcast to the Scriban renderer.</summary>
public sealed class NoticeLoaderTests
{
    private static string TempFile(string name, string text)
    {
        var dir = Path.Combine(Path.GetTempPath(), "generator-notice-loader", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Without_data_the_template_sample_notice_is_loaded()
    {
        var notice = NoticeLoader.Load(null, TestRendering.Project, "circular");
        Assert.Equal(TestRendering.Notice("circular")["title"], notice["title"]);
    }

    [Fact]
    public void An_unknown_template_is_named_before_any_notice_is_read()
    {
        var e = Assert.Throws<GeneratorException>(() => NoticeLoader.Load(null, TestRendering.Project, "circulr"));
        var d = Assert.Single(e.Diagnostics);
        Assert.Contains("No template named 'circulr'", d.Message);
        Assert.Contains("Did you mean 'circular'?", d.Hint);
    }

    [Fact]
    public void The_data_is_checked_against_fields_yaml_at_the_data_file()
    {
        var path = TempFile("mine.yaml", "title: 件名だけ\n");
        var e = Assert.Throws<GeneratorException>(() => NoticeLoader.Load(path, TestRendering.Project, "circular"));
        Assert.All(e.Diagnostics, d => Assert.Equal(path, d.File));
        Assert.Contains(e.Diagnostics, d => d.Message.Contains("kind", StringComparison.Ordinal));
    }

    [Fact]
    public void A_renderer_without_a_templates_folder_reads_the_data_as_given()
    {
        var path = TempFile("notice.yaml", "title: 件名\n");
        var notice = NoticeLoader.Load(path, new DocumentGenerator(new FolderlessRenderer()), "anything");
        Assert.Equal("件名", notice["title"]);
        Assert.Null(new DocumentGenerator(new FolderlessRenderer()).Templates);
    }

    /// <summary>A renderer with no templates folder (e.g. templates held in memory by a front end).</summary>
    private sealed class FolderlessRenderer : ITemplateRenderer
    {
        public IReadOnlyList<Diagnostic> Check(string templateName) => [];

        public TemplateOutput Render(string templateName, IReadOnlyDictionary<string, object?> globals, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
