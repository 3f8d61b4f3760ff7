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
        Block? previous = null;
        foreach (var block in document.Blocks)
        {
            if (previous is not null && Group(previous) != Group(block) && block is not BlankLine && previous is not BlankLine)
                lines.Add("");
            WriteBlock(block, lines, format, geometry);
            previous = block;
        }
        return lines;
    }

    private static void WriteBlock(Block block, List<string> lines, TextLineFormatter format, OutlineGeometry geometry)
    {
        switch (block)
        {
            case DocumentNumber b: lines.Add(format.Right(b.Text)); break;
            case DocumentLabel b: lines.Add(format.Right(b.Text)); break;
            case DateLine b: lines.Add(format.Right(b.Text)); break;
            case AddresseeGroup b: WriteAddressees(b, lines); break;
            case Sender b:
                lines.Add(format.Right(b.Text));
                if (b.SealOmitted) lines.Add(format.Right(Sender.SealOmittedText));
                break;
            case Title b: lines.Add(format.Center(b.Text)); break;
            case Paragraph b: lines.Add("\u3000" + b.Text); break;
            case NoteHeading: lines.Add(format.Center(NoteHeading.Text)); break;
            case OutlineItem b:
                var tokenStart = geometry.Left(b.Level) - geometry.Hanging(b.Level);
                lines.Add(TextLineFormatter.At(tokenStart, b.Label + b.Separator + b.Text));
                foreach (var c in b.Continuations) lines.Add(TextLineFormatter.At(geometry.Left(b.Level), "\u3000" + c));
                break;
            case ClosingMark: lines.Add(format.Right(ClosingMark.Text)); break;
            case Attachment b: lines.Add(b.Text); break;
            case ContactBlock b:
                var widest = b.Lines.Select(CharacterWidth.Of).DefaultIfEmpty(0).Max();
                foreach (var l in b.Lines) lines.Add(format.Right(l + TextLineFormatter.Pad(widest - CharacterWidth.Of(l))));
                break;
            case Table b:
                foreach (var row in b.Rows) lines.Add("| " + string.Join(" | ", row) + " |");
                break;
            case AlignedLine b:
                lines.Add(b.Alignment switch
                {
                    LineAlignment.Right => format.Right(b.Text),
                    LineAlignment.Center => format.Center(b.Text),
                    _ => b.Text,
                });
                break;
            case BlankLine: lines.Add(""); break;
            case PageBreak: lines.Add("\f"); break;
            default: throw new NotSupportedException($"The text writer has no rule for {block.GetType().Name}.");
        }
    }

    /// <summary>Addressees on the left; a shared honorific right of the longest line, between the middle lines (as read down the page).</summary>
    private static void WriteAddressees(AddresseeGroup group, List<string> lines)
    {
        if (group.Honorific is null)
        {
            lines.AddRange(group.Lines);
            return;
        }
        if (group.Lines.Length == 1)
        {
            lines.Add(group.Lines[0] + "\u3000" + group.Honorific);
            return;
        }
        var column = group.Lines.Max(CharacterWidth.Of) + 1;
        var half = group.Lines.Length / 2;
        for (var i = 0; i < group.Lines.Length; i++)
        {
            if (group.Lines.Length % 2 == 0 && i == half) lines.Add(TextLineFormatter.At(column, group.Honorific));
            var line = group.Lines[i];
            if (group.Lines.Length % 2 == 1 && i == half)
                line += TextLineFormatter.Pad(column - CharacterWidth.Of(line)) + group.Honorific;
            lines.Add(line);
        }
    }

    private static string Group(Block block) => block switch
    {
        DocumentNumber or DocumentLabel or DateLine => "header",
        Sender => "sender",
        Paragraph => "body",
        OutlineItem => "outline",
        Attachment => "attachment",
        _ => block.GetType().Name,
    };
}
