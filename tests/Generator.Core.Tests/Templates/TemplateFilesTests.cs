using System.Text.RegularExpressions;
using Generator.Core.Tests.Support;

namespace Generator.Core.Tests.Templates;

/// <summary>The template folders are complete and their shared legal facts agree.</summary>
public sealed partial class TemplateFilesTests
{
    private static readonly IReadOnlyList<string> Names = SampleTemplates.MergeTemplates;

    [Fact]
    public void Each_template_has_a_readme_whose_first_line_is_a_description()
    {
        foreach (var name in Names)
        {
            var lines = File.ReadAllLines(Path.Combine(TestPaths.Templates, name, "README.md"));
            Assert.Equal($"# {name}", lines[0]);
            var description = lines.Skip(1).First(l => l.Trim().Length > 0);
            Assert.True(description.Length > 40 && !description.StartsWith('#') && !description.StartsWith('|'), $"{name}: {description}");
            Assert.True(File.Exists(Path.Combine(TestPaths.Templates, name, "template.sbn")));
        }
    }

    [Fact]
    public void The_sample_notices_carry_the_same_law_block()
    {
        var blocks = Names.Select(n => LawBlock().Match(File.ReadAllText(Path.Combine(TestPaths.Templates, n, "notice.yaml")))).ToList();
        Assert.All(blocks, b => Assert.True(b.Success));
        Assert.Single(blocks.Select(b => b.Value).Distinct());
        Assert.Contains("provision_article: 52", blocks[0].Value);
    }

    [GeneratedRegex(@"# ---- The law.*\z", RegexOptions.Singleline)]
    private static partial Regex LawBlock();
}
