using Generator.Model;

namespace Generator.Pdf.Tests;

/// <summary>Documents used by the tests: parsed from markup in TestData/, or rendered from templates/ (the circular).</summary>
internal static class TestDocuments
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    public static Document Parse(string markup) => SampleTemplates.ParseSample(markup, "test");

    /// <summary>The 2018 circular (府医第36号) with its full text (<see cref="SampleTemplates.CircularMarkup"/>), followed by
    /// TestData/circular-additions.txt: a contact box and a table, which the template does not write.</summary>
    public static Document Circular() => Parse(SampleTemplates.CircularMarkup() + Read("circular-additions.txt"));

    /// <summary>A named test document: <c>"circular"</c> (rendered from templates/) or a markup file in TestData/.</summary>
    public static Document Fixture(string name) => name == SampleTemplates.Circular ? Circular() : Parse(Read(name));
}
