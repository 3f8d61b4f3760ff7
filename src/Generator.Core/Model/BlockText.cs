namespace Generator.Model;

/// <summary>The texts a block prints, in reading order (for glyph checks, searches and fingerprints).</summary>
public static class BlockText
{
    /// <summary>Every text of <paramref name="block"/>, e.g. an outline item's label, text and continuations.</summary>
    public static IEnumerable<string> Of(Block block)
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
