using System.Collections.Immutable;

namespace Generator.Model;

/// <summary>An official document as an immutable list of blocks: the only thing writers see.</summary>
public sealed record Document(DocumentMetadata Metadata, ImmutableArray<Block> Blocks)
{
    /// <summary>All text the document prints, block by block (for font coverage checks and searches).</summary>
    public IEnumerable<string> AllText()
    {
        foreach (var block in Blocks)
        {
            switch (block)
            {
                case DocumentNumber b: yield return b.Text; break;
                case DocumentLabel b: yield return b.Text; break;
                case DateLine b: yield return b.Text; break;
                case AddresseeGroup b:
                    foreach (var l in b.Lines) yield return l;
                    if (b.Honorific is not null) yield return b.Honorific;
                    break;
                case Sender b:
                    yield return b.Text;
                    if (b.SealOmitted) yield return Sender.SealOmittedText;
                    break;
                case Title b: yield return b.Text; break;
                case Paragraph b: yield return b.Text; break;
                case NoteHeading: yield return NoteHeading.Text; break;
                case OutlineItem b:
                    yield return b.Label;
                    yield return b.Text;
                    foreach (var c in b.Continuations) yield return c;
                    break;
                case ClosingMark: yield return ClosingMark.Text; break;
                case Attachment b: yield return b.Text; break;
                case ContactBlock b: foreach (var l in b.Lines) yield return l; break;
                case Table b: foreach (var r in b.Rows) foreach (var c in r) yield return c; break;
                case AlignedLine b: yield return b.Text; break;
            }
        }
    }
}
