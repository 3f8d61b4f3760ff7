using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Generator.Conventions;
using Scriban.Runtime;

namespace Generator.Core.Tests.Templates;

/// <summary>The doc-comment examples (<c>input</c> → 「output」 or <c>"output"</c>) of the template functions, read from
/// the XML documentation; the classes are the ones <see cref="ConventionFunctions"/> registers, not a list kept here.</summary>
internal static partial class DocExamples
{
    /// <summary>The classes whose public static methods ConventionFunctions registers, found from the registered functions.</summary>
    public static IReadOnlyList<Type> FunctionClasses() =>
        ConventionFunctions.Instance.Values.OfType<DynamicCustomFunction>()
            .Select(f => f.Method.DeclaringType!)
            .Distinct()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();

    /// <summary>Functions that never return (they stop the document, e.g. <c>refuse</c>): their doc comment shows the
    /// call, not an output, so they have no example to run.</summary>
    private static readonly HashSet<string> NeverReturn = new(StringComparer.Ordinal) { "refuse" };

    /// <summary>Every example of every function of <paramref name="type"/> as (function, input, expected); a function
    /// without a doc comment or without an example fails (but for <see cref="NeverReturn"/>).</summary>
    public static TheoryData<string, string, string> For(Type type)
    {
        var data = new TheoryData<string, string, string>();
        var xml = Xml.Value;
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static))
        {
            if (NeverReturn.Contains(StandardMemberRenamer.Rename(method.Name))) continue;
            var member = xml.Descendants("member").FirstOrDefault(m =>
                ((string?)m.Attribute("name"))?.StartsWith($"M:{type.FullName}.{method.Name}(", StringComparison.Ordinal) == true);
            Assert.True(member is not null, $"{type.Name}.{method.Name} has no doc comment");
            var summary = string.Concat(member!.Element("summary")!.Nodes().Select(n => n.ToString()));
            var matches = Example().Matches(summary);
            Assert.True(matches.Count > 0, $"{type.Name}.{method.Name}'s doc comment has no example (<c>input</c> → 「output」)");
            foreach (Match m in matches)
            {
                var expected = m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value;
                data.Add(StandardMemberRenamer.Rename(method.Name), System.Net.WebUtility.HtmlDecode(m.Groups[1].Value), expected);
            }
        }
        return data;
    }

    private static readonly Lazy<XDocument> Xml = new(() => XDocument.Load(Path.ChangeExtension(typeof(ConventionFunctions).Assembly.Location, ".xml")));

    [GeneratedRegex("<c>(.*?)</c> → (?:「(.*?)」|<c>\"(.*?)\"</c>)")]
    private static partial Regex Example();
}
