using Generator.Model;

namespace Generator.Layout;

/// <summary>Empty grid lines before and after a kind of block: the one table both DOCX (style spacing) and PDF (placement) use.</summary>
/// <param name="BeforeLines">Lines of space before the block.</param>
/// <param name="AfterLines">Lines of space after the block.</param>
/// <param name="Contextual">No space between two consecutive blocks of this kind (Word's contextual spacing).</param>
public sealed record BlockSpacing(int BeforeLines, int AfterLines, bool Contextual)
{
    private static readonly BlockSpacing None = new(0, 0, false);

    /// <summary>The spacing of a block kind: one line after the date and after the addressees, two before and one after
    /// the title, one around 「記」, one before the attachments and one before the contact box. Example: <c>For(typeof(Title))</c> → (2, 1).</summary>
    public static BlockSpacing For(Type blockType) => blockType.Name switch
    {
        nameof(DateLine) => new(0, 1, true),
        nameof(AddresseeGroup) => new(0, 1, true),
        nameof(Title) => new(2, 1, false),
        nameof(NoteHeading) => new(1, 1, false),
        nameof(Attachment) => new(1, 0, true),
        nameof(ContactBlock) => new(1, 0, false),
        _ => None,
    };

    /// <summary>Empty lines between two consecutive blocks: the first's after plus the second's before, or none between
    /// two blocks of one contextual kind. Example: date then addressees → 1.</summary>
    public static int LinesBetween(Block? previous, Block next)
    {
        if (previous is null) return 0;
        var a = For(previous.GetType());
        var b = For(next.GetType());
        if (previous.GetType() == next.GetType() && a.Contextual) return 0;
        return a.AfterLines + b.BeforeLines;
    }
}
