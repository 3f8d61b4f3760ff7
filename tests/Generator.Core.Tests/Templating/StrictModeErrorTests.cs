using Generator.Core.Tests.Support;
using Generator.Diagnostics;

namespace Generator.Core.Tests.Templating;

/// <summary>Strict mode: every template mistake stops with file(line,col), the name, and in a merge the recipient.</summary>
public sealed class StrictModeErrorTests
{
    private static readonly Dictionary<string, object?> Recipient = new() { ["name"] = "札幌市", ["code"] = "011002" };

    private static string Format(IReadOnlyList<Diagnostic> diagnostics) => string.Join("\n", diagnostics) + "\n";

    [Fact]
    public void Undefined_variable_names_the_variable_and_its_place()
    {
        var d = Assert.Single(TestRendering.Errors("undefined-variable"));
        Assert.Equal(("undefined-variable/template.sbn", 2, 8), (d.File, d.Line, d.Column));
        Assert.Contains("notcie", d.Message);
        GoldenFile.AssertMatches("errors/undefined-variable.txt", Format([d]));
    }

    [Fact]
    public void Misspelt_member_of_a_recipient_is_an_error_naming_the_recipient()
    {
        var d = Assert.Single(TestRendering.Errors("misspelt-member", recipient: Recipient, label: "011002 札幌市"));
        Assert.Equal(("misspelt-member/template.sbn", 3), (d.File, d.Line));
        Assert.True(d.Column > 0);
        Assert.Contains("'recipient' has no field 'nmae'", d.Message);
        Assert.Equal("011002 札幌市", d.Recipient);
        GoldenFile.AssertMatches("errors/misspelt-member.txt", Format([d]));
    }

    [Fact]
    public void Unknown_function_is_an_error()
    {
        var d = Assert.Single(TestRendering.Errors("unknown-function", new Dictionary<string, object?> { ["date"] = "2018-05-31" }));
        Assert.Equal(("unknown-function/template.sbn", 2), (d.File, d.Line));
        Assert.Contains("warekii", d.Message);
        GoldenFile.AssertMatches("errors/unknown-function.txt", Format([d]));
    }

    [Fact]
    public void Syntax_error_reports_every_problem_with_position()
    {
        var diagnostics = TestRendering.Errors("syntax-error");
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal("syntax-error/template.sbn", d.File));
        Assert.All(diagnostics, d => Assert.True(d.Line >= 1 && d.Column >= 1));
        GoldenFile.AssertMatches("errors/syntax-error.txt", Format(diagnostics));
    }

    [Fact]
    public void Runtime_error_inside_a_partial_names_the_partial_and_its_line()
    {
        var d = Assert.Single(TestRendering.Errors("partial-runtime-error"));
        Assert.Equal(("partials/undefined-inside.sbn", 3), (d.File, d.Line));
        Assert.Contains("undefined_in_partial", d.Message);
        GoldenFile.AssertMatches("errors/partial-runtime-error.txt", Format([d]));
    }

    [Fact]
    public void Syntax_error_inside_a_partial_names_the_partial()
    {
        var diagnostics = TestRendering.Errors("partial-syntax-error", new Dictionary<string, object?> { ["items"] = new List<object?> { "a" } });
        Assert.Contains(diagnostics, d => d.File == "partials/broken-syntax.sbn" && d.Line == 3);
        GoldenFile.AssertMatches("errors/partial-syntax-error.txt", Format(diagnostics));
    }

    [Fact]
    public void Runaway_loop_stops_with_an_error_at_the_loop()
    {
        var d = Assert.Single(TestRendering.Errors("runaway-loop"));
        Assert.Equal(("runaway-loop/template.sbn", 2), (d.File, d.Line));
        Assert.Contains("limit", d.Message, StringComparison.OrdinalIgnoreCase);
        GoldenFile.AssertMatches("errors/runaway-loop.txt", Format([d]));
    }

    [Fact]
    public void Self_including_partial_stops_at_the_recursion_limit()
    {
        var diagnostics = TestRendering.Errors("runaway-include");
        Assert.Contains(diagnostics, d => d.File.StartsWith("partials/self.sbn", StringComparison.Ordinal) || d.Message.Contains("recursi", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Include_leaving_the_templates_folder_is_refused_at_the_caller()
    {
        var d = Assert.Single(TestRendering.Errors("include-outside"));
        Assert.Equal(("include-outside/template.sbn", 2), (d.File, d.Line));
        Assert.Contains("'..' is not allowed", d.Message);
    }

    [Fact]
    public void Capture_is_refused_because_its_text_would_be_escaped()
    {
        var d = Assert.Single(TestRendering.Errors("capture", new Dictionary<string, object?> { ["title"] = "x" }));
        Assert.Equal(("capture/template.sbn", 1, 4), (d.File, d.Line, d.Column));
        Assert.Contains("capture", d.Message);
    }

    [Fact]
    public void Malformed_date_names_the_value_and_the_expression()
    {
        var d = Assert.Single(TestRendering.Errors("bad-date", new Dictionary<string, object?> { ["date"] = "2018-13-01" }));
        Assert.Equal(("bad-date/template.sbn", 2), (d.File, d.Line));
        Assert.Contains("2018-13-01", d.Message);
        Assert.Contains("notice.date", d.Message);
        GoldenFile.AssertMatches("errors/bad-date.txt", Format([d]));
    }

    [Fact]
    public void Markup_errors_are_all_reported_at_the_template_line_that_wrote_them()
    {
        var diagnostics = TestRendering.Errors("markup-error", new Dictionary<string, object?> { ["sender"] = "課長" });
        Assert.Equal(2, diagnostics.Count);
        Assert.Equal(("markup-error/template.sbn", 2), (diagnostics[0].File, diagnostics[0].Line));
        Assert.Contains("@frm", diagnostics[0].Message);
        Assert.Contains("@table", diagnostics[1].Message);
        Assert.Equal(("markup-error/template.sbn", 3), (diagnostics[1].File, diagnostics[1].Line));
        GoldenFile.AssertMatches("errors/markup-error.txt", Format(diagnostics));
    }

    [Fact]
    public void Unknown_template_lists_the_known_ones()
    {
        var e = Assert.Throws<GeneratorException>(() => TestRendering.Project.Generate("circualr", new Dictionary<string, object?>()));
        Assert.Contains("circular", Assert.Single(e.Diagnostics).Hint);
    }
}
