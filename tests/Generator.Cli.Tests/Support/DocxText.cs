using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Generator.Cli.Tests.Support;

/// <summary>The text of a .docx read back with the Open XML SDK: the w:t of the main document part, one string per paragraph,
/// read as a search in Word reads it: without the invisible WORD JOINERs (U+2060) that hold a document number together.</summary>
internal static class DocxText
{
    public static IReadOnlyList<string> Paragraphs(string path)
    {
        using var document = WordprocessingDocument.Open(path, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body;
        Assert.NotNull(body);
        return [.. body.Descendants<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text)).Replace("\u2060", "", StringComparison.Ordinal))];
    }

    public static string Text(string path) => string.Join("\n", Paragraphs(path));
}
