using Generator.Markup;

namespace Generator.Core.Tests.Markup;

/// <summary>Runs every example of Specs/markup.md: the markup parses into the blocks (or the problems) written beside it.</summary>
public sealed class MarkupSpecTests
{
    private const string SourceName = "spec";

    private static readonly string SpecPath = RepositoryRoot.Combine("tests", "Generator.Core.Tests", "Specs", "markup.md");

    /// <summary>The examples by number, with their section to name the case.</summary>
    public static TheoryData<int, string> Examples() => SpecFile.Cases(SpecPath, example => example.Section);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Parses_as_the_spec_says(int number, string section)
    {
        var example = SpecFile.Read(SpecPath)[number - 1];
        var result = MarkupParser.Parse(example.Input, SourceName);
        var actual = BlockDump.Of(result);
        Assert.True(example.Expected == actual,
            $"Specs/markup.md({example.Line}): example {number} ({section})\nexpected:\n{example.Expected}\nactual:\n{actual}");
        Assert.All(result.Diagnostics, d => Assert.Equal(SourceName, d.File));
        Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Hint)));
    }
}
