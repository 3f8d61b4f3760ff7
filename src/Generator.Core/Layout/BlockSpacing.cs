using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Generator.Model;

namespace Generator.Layout;

/// <summary>Empty grid lines before and after a kind of block: the one table both DOCX (style spacing) and PDF (placement) use.</summary>
/// <param name="BeforeLines">Lines of space before the block.</param>
/// <param name="AfterLines">Lines of space after the block.</param>
/// <param name="Contextual">No space between two consecutive blocks of this kind (Word's contextual spacing).</param>
public sealed record BlockSpacing(int BeforeLines, int AfterLines, bool Contextual)
{
    private static readonly BlockSpacing None = new(0, 0, false);

    /// <summary>The spacing of <paramref name="block"/>'s kind: one line after the date and after the addressees, two
    /// before and one after the title, one around 「記」, one before the attachments, one before the contact box and one
    /// around a table (so that it touches neither the heading above nor the text below).</summary>
    public static BlockSpacing Of(Block block) => block.Accept(Rules.Instance);

    /// <summary>The spacing of a block kind, as <see cref="Of"/> gives it for a block of that kind.
    /// Example: <c>For(typeof(Title))</c> → (2, 1).</summary>
    /// <exception cref="ArgumentException"><paramref name="blockType"/> is not a concrete <see cref="Block"/> kind.</exception>
    public static BlockSpacing For(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.NonPublicConstructors)] Type blockType)
    {
        if (!blockType.IsSubclassOf(typeof(Block)) || blockType.IsAbstract)
            throw new ArgumentException($"{blockType.Name} is not a block kind.", nameof(blockType));
        // the rules depend on the kind only and never read a field, so an uninitialised block of the kind dispatches them
        return Of((Block)RuntimeHelpers.GetUninitializedObject(blockType));
    }

    /// <summary>Empty lines between two consecutive blocks: the first's after plus the second's before, or none between
    /// two blocks of one contextual kind. Example: date then addressees → 1.</summary>
    public static int LinesBetween(Block? previous, Block next)
    {
        if (previous is null) return 0;
        var a = Of(previous);
        var b = Of(next);
        if (previous.GetType() == next.GetType() && a.Contextual) return 0;
        return a.AfterLines + b.BeforeLines;
    }

    /// <summary>The spacing table, one rule per kind.</summary>
    private sealed class Rules : IBlockVisitor<BlockSpacing>
    {
        public static readonly Rules Instance = new();

        public BlockSpacing Visit(DocumentNumber block) => None;
        public BlockSpacing Visit(DocumentLabel block) => None;
        public BlockSpacing Visit(DateLine block) => new(0, 1, true);
        public BlockSpacing Visit(AddresseeGroup block) => new(0, 1, true);
        public BlockSpacing Visit(Sender block) => None;
        public BlockSpacing Visit(Title block) => new(2, 1, false);
        public BlockSpacing Visit(Paragraph block) => None;
        public BlockSpacing Visit(NoteHeading block) => new(1, 1, false);
        public BlockSpacing Visit(OutlineItem block) => None;
        public BlockSpacing Visit(ClosingMark block) => None;
        public BlockSpacing Visit(Attachment block) => new(1, 0, true);
        public BlockSpacing Visit(ContactBlock block) => new(1, 0, false);
        public BlockSpacing Visit(Table block) => new(1, 1, false);
        public BlockSpacing Visit(AlignedLine block) => None;
        public BlockSpacing Visit(BlankLine block) => None;
        public BlockSpacing Visit(PageBreak block) => None;
    }
}
