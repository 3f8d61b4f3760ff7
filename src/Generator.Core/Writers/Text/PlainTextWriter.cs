using System.Text;
using Generator.Layout;
using Generator.Model;

namespace Generator.Writers.Text;

/// <summary>Writes a document as UTF-8 text, one block per line, aligned with ideographic spaces on a 40-character line.</summary>
/// <remarks>Used for review and diffs and as the reference for the other writers' text. Blocks of different kinds are separated by a blank line.</remarks>
public sealed class PlainTextWriter(TextWriterOptions? options = null) : IDocumentWriter
{
    private readonly TextWriterOptions options = options ?? TextWriterOptions.Default;

    /// <inheritdoc />
    public string Format => "txt";

    /// <inheritdoc />
    public string Extension => "txt";

    /// <inheritdoc />
    public void Write(Document document, Stream output)
    {
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ToText(document));
        output.Write(bytes);
    }

    /// <summary>The document's text, lines joined with LF and ending with one LF.</summary>
    public string ToText(Document document) => string.Join("\n", ToLines(document)) + "\n";

    /// <summary>The document's lines.</summary>
    public IReadOnlyList<string> ToLines(Document document)
    {
        var format = new TextLineFormatter(options.LineWidth);
        var geometry = OutlineGeometry.For(document, OutlineIndentStyle.UnderText);
        var lines = new List<string>();
        var writer = new TextBlockWriter(format, geometry);
        Block? previous = null;
        foreach (var block in document.Blocks)
        {
            if (previous is not null && TextBlockGroup.Of(previous) != TextBlockGroup.Of(block) && block is not BlankLine && previous is not BlankLine)
                lines.Add("");
            lines.AddRange(block.Accept(writer));
            previous = block;
        }
        return lines;
    }
}
