using Generator.Pipeline;
using Generator.Studio.Tests.Support;
using Generator.Studio.Workspace;
using Generator.Templating;

namespace Generator.Studio.Tests;

/// <summary>The user's wording overlays the built-in templates without changing them; a save never changes what an earlier generator renders.</summary>
public sealed class TemplateVariantsTests
{
    private const string Template = "circular";

    [Fact]
    public void A_generator_taken_before_a_save_keeps_rendering_the_wording_it_started_with()
    {
        var variants = new TemplateVariants(new StudioWorkspace(Repo.TempDir()), new TemplateRoot(Repo.Templates));
        var path = $"{Template}/template.sbn";
        var original = File.ReadAllText(Path.Combine(Repo.Templates, path));
        var notice = NoticeFile.Load(Path.Combine(Repo.Templates, Template, "notice.yaml"));

        variants.Save(path, original + "\n最初の文言\n");
        var first = variants.Generator;
        variants.Save(path, original + "\n次の文言\n");
        var second = variants.Generator;

        Assert.Contains("最初の文言", first.RenderMarkup(Template, notice).Markup);
        Assert.Contains("次の文言", second.RenderMarkup(Template, notice).Markup);
        Assert.DoesNotContain("最初の文言", second.RenderMarkup(Template, notice).Markup);
        Assert.Equal(original, File.ReadAllText(Path.Combine(Repo.Templates, path))); // built-in untouched
        Assert.Contains("次の文言", File.ReadAllText(Path.Combine(variants.MergedDirectory, path))); // the CLI's copy follows

        variants.Reset(path);
        Assert.DoesNotContain("次の文言", variants.Generator.RenderMarkup(Template, notice).Markup);
        Assert.Equal(Repo.Templates, variants.Root.Directory);
    }
}
