using Generator.Core.Tests.Support;
using Generator.Diagnostics;
using Generator.Templating;

namespace Generator.Core.Tests.Templates;

/// <summary>
/// Every shipped template declares every field it reads (templates/&lt;name&gt;/fields.yaml): rendered from a notice built
/// only from the declaration's examples, with the renderer's strict undefined-member checking, for each legal cut-over
/// date and kind of body, it reads nothing undeclared; and its sample notice.yaml validates against the declaration.
/// </summary>
public sealed class TemplateFieldDeclarationTests
{
    private static readonly TemplateRoot Root = new(TestPaths.Templates);

    // before the 独法等 act's repeal (2022-04-01), before the APPI applies (2023-04-01), before the amended Act (2024-04-01), and after
    private static readonly string[] Dates = ["2021-06-01", "2022-04-01", "2023-04-01", "2024-04-01"];

    public static TheoryData<string> Templates => [.. Root.TemplateNames()];

    [Fact]
    public void The_four_shipped_templates_are_covered() =>
        Assert.Equal(["circular", "council-agenda", "council-referral", "forwarding-notice"], Root.TemplateNames());

    [Theory]
    [MemberData(nameof(Templates))]
    public void Renders_from_its_declared_examples_for_every_date_and_kind_of_body(string template)
    {
        var fields = TemplateFieldSet.Load(Path.Combine(Root.Directory, template));
        Assert.NotEmpty(fields.Fields);
        foreach (var date in Dates)
        {
            foreach (var kind in SampleRecipients.Kinds)
            {
                var notice = new Dictionary<string, object?>(fields.ExampleNotice(), StringComparer.Ordinal) { ["date"] = date };
                var recipient = SampleRecipients.ForKind(kind);
                try
                {
                    var document = TestRendering.Project.Generate(template, notice, recipient, $"{recipient["code"]} {recipient["name"]}");
                    Assert.NotEmpty(document.Blocks);
                }
                catch (GeneratorException e)
                {
                    Assert.Fail($"{template} on {date} for a {kind}: the template reads a field its fields.yaml does not declare (or an example is unusable):\n{e.Message}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Its_sample_notice_validates_against_the_declaration(string template)
    {
        var fields = TemplateFieldSet.Load(Path.Combine(Root.Directory, template));
        var path = Path.Combine(Root.Directory, template, "notice.yaml");
        Assert.Empty(fields.Validate(Pipeline.NoticeFile.Load(path), path).Select(d => d.ToString()));
    }

    [Fact]
    public void A_field_left_out_of_the_declaration_fails_the_render()
    {
        var fields = TemplateFieldSet.Load(Path.Combine(Root.Directory, "council-agenda"));
        var fewer = fields with { Fields = [.. fields.Fields.Where(f => f.Key != "provider.address")] };
        var e = Assert.Throws<GeneratorException>(() =>
            TestRendering.Project.Generate("council-agenda", fewer.ExampleNotice(), SampleRecipients.Sapporo, "011002 札幌市"));
        Assert.Contains("address", e.Message);
    }
}
