using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Generator.Docx.Tests;

/// <summary>A rendered document opened read-only for assertions.</summary>
internal sealed class DocxPackage : IDisposable
{
    private readonly MemoryStream stream;

    public DocxPackage(byte[] bytes)
    {
        stream = new MemoryStream(bytes, writable: false);
        Word = WordprocessingDocument.Open(stream, false);
    }

    public static DocxPackage Of(string sample) => new(Samples.Render(sample));

    public WordprocessingDocument Word { get; }

    public Body Body => Word.MainDocumentPart!.Document!.Body!;

    public Styles Styles => Word.MainDocumentPart!.StyleDefinitionsPart!.Styles!;

    public Style Style(string id) =>
        Styles.Elements<Style>().SingleOrDefault(s => s.StyleId == id) ?? throw new Xunit.Sdk.XunitException($"style {id} is missing");

    /// <summary>Body paragraphs (outside tables) with their style id and text (<see cref="TextOf"/>).</summary>
    public IReadOnlyList<(string? Style, string Text)> TopParagraphs =>
        Body.Elements<Paragraph>().Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, TextOf(p))).ToList();

    /// <summary>The text of <paramref name="element"/> as a reader searches it: without the invisible WORD JOINERs that
    /// hold a document number together (「府\u2060医\u2060第…」 reads 「府医第…」).</summary>
    public static string TextOf(DocumentFormat.OpenXml.OpenXmlElement element) => element.InnerText.Replace("\u2060", "", StringComparison.Ordinal);

    public void Dispose()
    {
        Word.Dispose();
        stream.Dispose();
    }
}
