using Generator.Markup;
using Generator.Model;

namespace Generator.Pdf.Tests;

/// <summary>Documents used by the tests, parsed from markup.</summary>
internal static class TestDocuments
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    public static Document Parse(string markup)
    {
        var result = MarkupParser.Parse(markup, "test");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Document;
    }

    /// <summary>The 2018 circular (府医第36号) with its full text, a contact block and a table.</summary>
    public static Document Circular() => Parse(Read("circular-2018.txt"));
}
