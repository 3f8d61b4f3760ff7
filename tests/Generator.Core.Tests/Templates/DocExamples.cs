using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Generator.Conventions;
using Scriban.Runtime;

namespace Generator.Core.Tests.Templates;

/// <summary>The doc-comment examples (<c>input</c> → 「output」) of one functions class, as DocExampleTests reads them.</summary>
internal static partial class DocExamples
{
    public static TheoryData<string, string, string> For(Type type)
    {
        var data = new TheoryData<string, string, string>();
        var xml = XDocument.Load(Path.ChangeExtension(typeof(ConventionFunctions).Assembly.Location, ".xml"));
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static))
        {
            var member = xml.Descendants("member").Single(m =>
                ((string?)m.Attribute("name"))?.StartsWith($"M:{type.FullName}.{method.Name}(", StringComparison.Ordinal) == true);
            var summary = string.Concat(member.Element("summary")!.Nodes().Select(n => n.ToString()));
            var matches = Example().Matches(summary);
            Assert.True(matches.Count > 0, $"{type.Name}.{method.Name} has no example");
            foreach (Match m in matches)
                data.Add(StandardMemberRenamer.Rename(method.Name), System.Net.WebUtility.HtmlDecode(m.Groups[1].Value), m.Groups[2].Value);
        }
        return data;
    }

    [GeneratedRegex("<c>(.*?)</c> → 「(.*?)」")]
    private static partial Regex Example();
}
