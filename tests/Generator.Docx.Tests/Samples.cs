using Generator.Model;

namespace Generator.Docx.Tests;

/// <summary>The sample documents: the 2018 circular (rendered from templates/circular), and in Samples/ a table document
/// and a single-addressee 様 document.</summary>
internal static class Samples
{
    public const string Circular = SampleTemplates.Circular;
    public const string TableDocument = "table";
    public const string SingleAddressee = "single";

    public static readonly string[] All = [Circular, TableDocument, SingleAddressee];

    /// <summary>The contact box (担当・連絡先) added under the circular: its template writes none.</summary>
    private const string CircularContact = "@contact 担当：内閣府日本医療研究開発機構・医療情報基盤担当室\n@contact 電話：03-0000-0000\n";

    public static Document Load(string name) => name == Circular
        ? Parse(SampleTemplates.CircularMarkup() + CircularContact, name)
        : Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name + ".txt")), name);

    public static Document Parse(string markup, string name = "test") => SampleTemplates.ParseSample(markup, name);

    public static byte[] Render(Document document, Generator.Layout.PageLayoutOptions? options = null)
    {
        using var stream = new MemoryStream();
        new DocxWriter(options).Write(document, stream);
        return stream.ToArray();
    }

    public static byte[] Render(string name) => Render(Load(name));
}
