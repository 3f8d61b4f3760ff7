using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Generator.Docx.Blocks;

/// <summary>Creates paragraphs that carry only a style and text: every look comes from the style.</summary>
internal static class ParagraphFactory
{
    /// <summary>A paragraph of style <paramref name="styleId"/> holding <paramref name="text"/> (empty: an empty paragraph).</summary>
    public static Paragraph Styled(string styleId, string text)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        if (text.Length > 0) paragraph.Append(TextRuns(text));
        return paragraph;
    }

    /// <summary>The runs of <paramref name="text"/> (<see cref="TextRun"/>), a document number in a run of its own that
    /// Word and LibreOffice keep on one line (<see cref="UnbreakableNumbers"/>).</summary>
    public static IEnumerable<Run> TextRuns(string text) => UnbreakableNumbers.Runs(text, TextRun);

    /// <summary>An empty paragraph in the Normal style.</summary>
    public static Paragraph Empty() => new();

    /// <summary><paramref name="lines"/> empty paragraphs: the space of the shared spacing table (Core's
    /// <c>BlockSpacing</c>) around a block that is a table, which has no paragraph spacing of its own.</summary>
    public static IEnumerable<OpenXmlElement> Spacers(int lines) => Enumerable.Range(0, lines).Select(_ => (OpenXmlElement)Empty());

    /// <summary>A run of text; tabs become <c>w:tab</c>, spaces at either end are kept.</summary>
    /// <remarks>The East-Asian hint makes Word draw ambiguous characters (○ ※ “ ” …) with the 明朝 font, as Japanese Word does.</remarks>
    public static Run TextRun(string text)
    {
        var run = new Run(new RunProperties(new RunFonts { Hint = FontTypeHintValues.EastAsia }));
        var parts = text.Split('\t');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) run.Append(new TabChar());
            if (parts[i].Length == 0) continue;
            var t = new Text(parts[i]);
            if (parts[i][0] == ' ' || parts[i][^1] == ' ') t.Space = SpaceProcessingModeValues.Preserve;
            run.Append(t);
        }
        return run;
    }
}
