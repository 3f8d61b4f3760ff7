using Generator.Templating;

namespace Generator.Core.Tests.Templating;

/// <summary>Scriban's built-in objects are copied into a render only when it names them (issue 17), and each render still
/// has copies of its own: what one letter changes in them never reaches another.</summary>
public sealed class BuiltinObjectTests : IDisposable
{
    private readonly string templates = Path.Combine(Path.GetTempPath(), "hot-builtins-" + Guid.NewGuid().ToString("N"));

    public BuiltinObjectTests()
    {
        Write("plain", "x{{ date.parse '2018-05-31' }}|{{ ['b', 'a'] | array.sort | array.join ',' }}|{{ 'abc' | string.upcase }}");
        Write("year-only", "x{{ date.format = '%Y' }}{{ date.parse '2018-05-31' }}");
        Write("shadow", "x{{ string = 1 }}{{ string }}");
        Write("member", "x{{ string.shout = 1 }}{{ string.shout }}");
        Write("uses-member", "{{ string.shout }}");
    }

    public void Dispose() => Directory.Delete(templates, recursive: true);

    private void Write(string name, string text)
    {
        Directory.CreateDirectory(Path.Combine(templates, name));
        File.WriteAllText(Path.Combine(templates, name, TemplateRoot.MainFileName), text);
    }

    private static Dictionary<string, object?> NoData => [];

    /// <summary>What <c>plain</c> gives with Scriban's own built-ins (each value written by an expression is escaped as
    /// markup text, hence the backslashes).</summary>
    private const string Plain = @"x\31 May 2018|\a,b|\ABC";

    [Fact]
    public void Builtins_work_as_Scriban_gives_them()
    {
        var renderer = new ScribanTemplateRenderer(new TemplateRoot(templates));
        Assert.Equal(Plain, renderer.Render("plain", NoData).Markup);
    }

    [Fact]
    public void What_a_render_changes_in_a_builtin_stays_in_that_render()
    {
        var renderer = new ScribanTemplateRenderer(new TemplateRoot(templates));
        Assert.Equal(@"x\2018", renderer.Render("year-only", NoData).Markup);
        Assert.Equal(Plain, renderer.Render("plain", NoData).Markup);
        Assert.Equal(@"x\1", renderer.Render("member", NoData).Markup);
        Assert.Throws<Generator.Diagnostics.GeneratorException>(() => renderer.Render("uses-member", NoData));
    }

    [Fact]
    public void Renders_in_parallel_keep_their_changes_apart()
    {
        var renderer = new ScribanTemplateRenderer(new TemplateRoot(templates));
        var results = new string[400];
        Parallel.For(0, results.Length, i => results[i] = renderer.Render(i % 2 == 0 ? "year-only" : "plain", NoData).Markup);
        for (var i = 0; i < results.Length; i++) Assert.Equal(i % 2 == 0 ? @"x\2018" : Plain, results[i]);
    }

    [Fact]
    public void A_variable_named_like_a_builtin_hides_it_in_that_render_only()
    {
        var renderer = new ScribanTemplateRenderer(new TemplateRoot(templates));
        Assert.Equal(@"x\1", renderer.Render("shadow", NoData).Markup);
        Assert.Equal(Plain, renderer.Render("plain", NoData).Markup);
    }
}
