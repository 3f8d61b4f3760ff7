using Generator.Diagnostics;
using Generator.Model;

namespace Generator.Markup;

/// <summary>Parses the plain-text markup of an official document (docs/markup.md) into a <see cref="Document"/>.</summary>
/// <remarks>Never throws on bad markup: every problem is collected with its line and column. This file reads lines and
/// body text; directives and metadata have a partial file here, and the addressee group, sender seal, contact box, tables
/// and outline items each have one in their feature folder (src/Generator.Core/Blocks/&lt;Feature&gt;/MarkupParser.&lt;Feature&gt;.cs).</remarks>
public sealed partial class MarkupParser
{
    private readonly string sourceName;
    private readonly List<Diagnostic> diagnostics = [];
    private readonly List<Block> blocks = [];

    private MarkupParser(string sourceName) => this.sourceName = sourceName;

    /// <summary>Parses <paramref name="markup"/>; <paramref name="sourceName"/> names it in diagnostics.</summary>
    public static MarkupParseResult Parse(string markup, string sourceName)
    {
        var parser = new MarkupParser(sourceName);
        return parser.Run(markup);
    }

    private MarkupParseResult Run(string markup)
    {
        var lineNumber = 0;
        foreach (var raw in markup.Split('\n'))
        {
            lineNumber++;
            var line = MarkupLine.Decode(lineNumber, raw.TrimEnd('\r'));
            ParseLine(line);
        }
        FlushAll();
        var document = Build();
        return new MarkupParseResult(document, diagnostics);
    }

    private void ParseLine(MarkupLine line)
    {
        var indent = line.IndentEnd();
        var text = line.Text;
        if (indent == text.Length)
        {
            return; // blank lines only separate; vertical space is asked for with @blank
        }

        var first = text[indent];
        var firstLiteral = line.IsLiteral(indent);

        if (!firstLiteral && first == '@' && indent == 0)
        {
            ParseDirective(line);
            return;
        }
        if (!firstLiteral && first == '|' && indent == 0)
        {
            FlushExcept(table: true);
            ParseTableRow(line);
            return;
        }

        var content = text[indent..].TrimEnd(' ', '\t', '\u3000');
        if (indent > 0 && openItem is not null)
        {
            // an indented line right after an outline item continues it; the indent is template text
            // (IndentEnd counts only unescaped white space), even when the text after it comes from data
            FlushExcept(item: true);
            ContinueItem(content);
            return;
        }

        FlushAll();
        if (!firstLiteral && content == NoteHeading.Text)
        {
            blocks.Add(new NoteHeading(new SourcePosition(line.Number)));
            return;
        }
        if (!firstLiteral && content == ClosingMark.Text)
        {
            blocks.Add(new ClosingMark(new SourcePosition(line.Number)));
            return;
        }
        if (!firstLiteral && OutlineTokenClassifier.Classify(content) is { } token)
        {
            StartItem(line, content, token);
            return;
        }
        blocks.Add(new Paragraph(content, new SourcePosition(line.Number)));
    }

    private void Report(MarkupLine line, int column, string message, string hint) =>
        diagnostics.Add(new Diagnostic(sourceName, line.Number, column, message, hint));

    private void FlushAll() => FlushExcept();

    /// <summary>Ends the blocks that are still collecting lines, except the table or outline item being continued.</summary>
    private void FlushExcept(bool table = false, bool item = false)
    {
        FlushAddressees();
        FlushContact();
        if (!table) FlushTable();
        if (!item) CloseItem();
    }

    private Document Build()
    {
        var built = WithOutlineLevels(blocks);
        return new Document(Metadata(built), built);
    }
}
