using System.Text.RegularExpressions;

namespace Generator.Testing;

/// <summary>One example of a spec file: the input and the expected output side by side, with the options of its fence
/// (<c>```example width=5</c>) and the section it stands in.</summary>
/// <param name="Number">1-based number of the example in its file.</param>
/// <param name="Line">Line of the opening fence, for messages.</param>
/// <param name="Section">The nearest heading above the example.</param>
/// <param name="Options">The fence's <c>name=value</c> words.</param>
/// <param name="Input">The lines above the <c>.</c> separator, joined by \n.</param>
/// <param name="Expected">The lines below it, joined by \n.</param>
public sealed record SpecExample(int Number, int Line, string Section, IReadOnlyDictionary<string, string> Options, string Input, string Expected)
{
    /// <summary>An option's value, or <paramref name="fallback"/> when the fence does not give it.</summary>
    public string Option(string name, string fallback) => Options.TryGetValue(name, out var value) ? value : fallback;
}

/// <summary>Reads Markdown spec files in the style of Markdig's and CommonMark's: prose, and examples fenced as
/// <c>```example</c> whose input and expected output are separated by a line holding only <c>.</c>.</summary>
public static partial class SpecFile
{
    /// <summary>Every example in the file, in order; fails the test on a malformed example.</summary>
    public static IReadOnlyList<SpecExample> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var examples = new List<SpecExample>();
        var section = "";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#')) section = lines[i].TrimStart('#').Trim();
            var fence = Fence().Match(lines[i]);
            if (!fence.Success) continue;
            var start = i;
            var options = fence.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(word => word.Split('=', 2))
                .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : "true", StringComparer.Ordinal);
            var input = new List<string>();
            var expected = new List<string>();
            var target = input;
            for (i++; i < lines.Length && lines[i] != "```"; i++)
            {
                if (lines[i] == "." && target == input) target = expected;
                else target.Add(lines[i]);
            }
            if (i == lines.Length || target == input)
                Assert.Fail($"{path}({start + 1}): the example has no closing ``` or no '.' line between input and expected output");
            examples.Add(new SpecExample(examples.Count + 1, start + 1, section, options, string.Join("\n", input), string.Join("\n", expected)));
        }
        if (examples.Count == 0) Assert.Fail($"{path}: no ```example blocks");
        return examples;
    }

    /// <summary>The examples as theory rows (number, and a label that names the case), one test per example.</summary>
    public static TheoryData<int, string> Cases(string path, Func<SpecExample, string> label)
    {
        var data = new TheoryData<int, string>();
        foreach (var example in Read(path)) data.Add(example.Number, label(example));
        return data;
    }

    [GeneratedRegex(@"^```example(?:\s+(.*))?$")]
    private static partial Regex Fence();
}
