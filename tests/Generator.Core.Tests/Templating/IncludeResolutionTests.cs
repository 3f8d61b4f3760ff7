using Generator.Diagnostics;
using Generator.Templating;

namespace Generator.Core.Tests.Templating;

/// <summary>An include name is checked against templates/ once per renderer (issue 17: the check read every folder of
/// the path, for every include of every letter), for as long as the renderer keeps the partial's parsed text — never
/// longer, and a refused name is never kept.</summary>
public sealed class IncludeResolutionTests : IDisposable
{
    private readonly string templates = Path.Combine(Path.GetTempPath(), "hot-includes-" + Guid.NewGuid().ToString("N"));

    public IncludeResolutionTests()
    {
        Directory.CreateDirectory(Path.Combine(templates, "letter"));
        Directory.CreateDirectory(Path.Combine(templates, "partials"));
        File.WriteAllText(Path.Combine(templates, "letter", TemplateRoot.MainFileName), "前文\n{{ include 'partials/closing' }}\n");
    }

    public void Dispose() => Directory.Delete(templates, recursive: true);

    private string Partial => Path.Combine(templates, "partials", "closing.sbn");

    private static Dictionary<string, object?> NoData => [];

    [Fact]
    public void A_renderer_renders_every_letter_from_the_partial_it_resolved_first()
    {
        File.WriteAllText(Partial, "以上");
        var renderer = new ScribanTemplateRenderer(new TemplateRoot(templates));
        var first = renderer.Render("letter", NoData).Markup;

        File.Delete(Partial); // the renderer already holds the partial's text: the letters of a run stay alike
        var second = renderer.Render("letter", NoData).Markup;

        Assert.Equal("前文\n以上\n", first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_new_renderer_checks_the_name_again()
    {
        File.WriteAllText(Partial, "以上");
        new ScribanTemplateRenderer(new TemplateRoot(templates)).Render("letter", NoData);
        File.Delete(Partial);

        var error = Assert.Throws<GeneratorException>(() => new ScribanTemplateRenderer(new TemplateRoot(templates)).Render("letter", NoData));

        var d = Assert.Single(error.Diagnostics);
        Assert.Contains("include 'partials/closing' refused: no file templates/partials/closing.sbn", d.Message);
    }

    [Fact]
    public void A_refused_name_is_checked_again_at_its_next_use()
    {
        var renderer = new ScribanTemplateRenderer(new TemplateRoot(templates));
        Assert.Throws<GeneratorException>(() => renderer.Render("letter", NoData));

        File.WriteAllText(Partial, "以上");

        Assert.Equal("前文\n以上\n", renderer.Render("letter", NoData).Markup);
    }

    [Fact]
    public void A_link_out_of_the_folder_is_refused_at_every_use()
    {
        var outside = Path.Combine(templates + "-outside.sbn");
        File.WriteAllText(outside, "外部");
        try
        {
            File.CreateSymbolicLink(Partial, outside);
            var renderer = new ScribanTemplateRenderer(new TemplateRoot(templates));
            for (var i = 0; i < 2; i++)
            {
                var error = Assert.Throws<GeneratorException>(() => renderer.Render("letter", NoData));
                Assert.Contains("outside the templates folder", Assert.Single(error.Diagnostics).Message);
            }
        }
        finally
        {
            File.Delete(outside);
        }
    }
}
