using Generator.Markup;
using Generator.Model;

namespace Generator.Docx.Tests;

/// <summary>The sample documents in Samples/: the 2018 circular, a table document and a single-addressee 様 document.</summary>
internal static class Samples
{
    public const string Circular = "circular";
    public const string TableDocument = "table";
    public const string SingleAddressee = "single";

    public static readonly string[] All = [Circular, TableDocument, SingleAddressee];

    public static Document Load(string name) => Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name + ".txt")), name);

    public static Document Parse(string markup, string name = "test")
    {
        var result = MarkupParser.Parse(markup, name);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Document;
    }

    public static byte[] Render(Document document, Generator.Layout.PageLayoutOptions? options = null)
    {
        using var stream = new MemoryStream();
        new DocxWriter(options).Write(document, stream);
        return stream.ToArray();
    }

    public static byte[] Render(string name) => Render(Load(name));
}
