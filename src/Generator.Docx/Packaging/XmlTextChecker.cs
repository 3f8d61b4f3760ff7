using System.Globalization;
using System.Xml;
using Generator.Diagnostics;
using Generator.Model;

namespace Generator.Docx.Packaging;

/// <summary>Finds characters XML cannot carry (control characters, lone surrogates) before anything is written.</summary>
internal static class XmlTextChecker
{
    public static IReadOnlyList<Diagnostic> Check(Document document)
    {
        var problems = new List<Diagnostic>();
        var m = document.Metadata;
        foreach (var (name, value) in new[] { ("title", m.Title), ("author", m.Author), ("subject", m.Subject) })
        {
            if (FirstInvalid(value) is { } bad)
                problems.Add(new Diagnostic("metadata", 0, 0, $"The document {name} contains {Describe(value, bad)}, which a Word document cannot hold.",
                    "Remove the control character from the data."));
        }
        foreach (var block in document.Blocks)
        {
            foreach (var text in BlockText.Of(block))
            {
                if (FirstInvalid(text) is not { } bad) continue;
                var p = block.Position;
                var (file, line) = p.TemplateFile is not null ? (p.TemplateFile, p.TemplateLine) : ("markup", p.Line);
                problems.Add(new Diagnostic(file, line, 0, $"The text contains {Describe(text, bad)}, which a Word document cannot hold.",
                    "Remove the control character from the data."));
            }
        }
        return problems;
    }

    private static int? FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (!XmlConvert.IsXmlChar(c)) return i;
        }
        return null;
    }

    private static string Describe(string text, int index) =>
        $"U+{(int)text[index]:X4} at character {(index + 1).ToString(CultureInfo.InvariantCulture)}";
}
