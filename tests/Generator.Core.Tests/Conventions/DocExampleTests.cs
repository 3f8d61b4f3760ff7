using Generator.Conventions;
using Generator.Core.Tests.Templates;
using Scriban;

namespace Generator.Core.Tests.Conventions;

/// <summary>Runs the example in every template function's doc comment (<c>input</c> → 「output」) through Scriban.</summary>
public sealed class DocExampleTests
{
    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var type in DocExamples.FunctionClasses())
            foreach (var row in DocExamples.For(type))
                data.Add((string)row[0], (string)row[1], (string)row[2]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Doc_comment_example_holds(string function, string input, string expected)
    {
        var arguments = SplitArguments(input);
        var call = arguments.Count == 1 ? $"{arguments[0]} | {function}" : $"{arguments[0]} | {function} {string.Join(" ", arguments.Skip(1))}";
        var context = new TemplateContext { StrictVariables = true };
        context.PushGlobal(ConventionFunctions.Instance);
        var template = Template.Parse("{{ " + call + " }}");
        Assert.False(template.HasErrors, string.Join("; ", template.Messages));
        Assert.Equal(expected, template.Render(context));
    }

    private static List<string> SplitArguments(string input)
    {
        input = input.Trim();
        if (!(input.StartsWith('(') && input.EndsWith(')'))) return [input];
        var parts = new List<string>();
        var depth = 0;
        var inString = false;
        var start = 1;
        for (var i = 1; i < input.Length - 1; i++)
        {
            var c = input[i];
            if (c == '"') inString = !inString;
            else if (!inString && c == '[') depth++;
            else if (!inString && c == ']') depth--;
            else if (!inString && depth == 0 && c == ',')
            {
                parts.Add(input[start..i].Trim());
                start = i + 1;
            }
        }
        parts.Add(input[start..^1].Trim());
        return parts;
    }
}
