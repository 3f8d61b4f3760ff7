using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Generator.Conventions;
using Scriban;
using Scriban.Runtime;

namespace Generator.Core.Tests.Conventions;

/// <summary>Runs the example in every template function's doc comment (<c>input</c> → 「output」) through Scriban.</summary>
public sealed partial class DocExampleTests
{
    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        var xmlPath = Path.ChangeExtension(typeof(ConventionFunctions).Assembly.Location, ".xml");
        var xml = XDocument.Load(xmlPath);
        foreach (var type in new[] { typeof(WarekiFunctions), typeof(NumeralFunctions), typeof(CitationFunctions), typeof(HeadTitleFunctions), typeof(LegalRegimeFunctions) })
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static))
            {
                var member = xml.Descendants("member").FirstOrDefault(m =>
                    ((string?)m.Attribute("name"))?.StartsWith($"M:{type.FullName}.{method.Name}(", StringComparison.Ordinal) == true);
                Assert.True(member is not null, $"{type.Name}.{method.Name} has no doc comment");
                var summary = string.Concat(member!.Element("summary")!.Nodes().Select(n => n.ToString()));
                var matches = ExampleRegex().Matches(summary);
                Assert.True(matches.Count > 0, $"{type.Name}.{method.Name}'s doc comment has no example (<c>input</c> → 「output」)");
                foreach (Match m in matches)
                {
                    var expected = m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value;
                    data.Add(StandardMemberRenamer.Rename(method.Name), System.Net.WebUtility.HtmlDecode(m.Groups[1].Value), expected);
                }
            }
        }
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

    [GeneratedRegex("<c>(.*?)</c> → (?:「(.*?)」|<c>\"(.*?)\"</c>)")]
    private static partial Regex ExampleRegex();
}
