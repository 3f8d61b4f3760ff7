using System.Collections.Immutable;

namespace Generator.Model;

/// <summary>One block of an official document (公用文). Consumers handle every kind through <see cref="IBlockVisitor{T}"/>.</summary>
/// <remarks>Adding a kind: a sealed record here overriding <see cref="Accept{T}"/> (abstract, so forgetting it fails to
/// compile) and a Visit method on <see cref="IBlockVisitor{T}"/> (which breaks every visitor until it handles the kind).
/// docs/architecture.md lists the files.</remarks>
public abstract record Block(SourcePosition Position)
{
    /// <summary>Calls the <paramref name="visitor"/>'s Visit method for this block's kind and returns its result.</summary>
    public abstract T Accept<T>(IBlockVisitor<T> visitor);
}

/// <summary>Document number (文書番号), right-aligned at the top, e.g. 「府医第36号」.</summary>
public sealed record DocumentNumber(string Text, SourcePosition Position) : Block(Position)
{
    /// <inheritdoc />
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A right-aligned label above the date such as 「事務連絡」.</summary>
public sealed record DocumentLabel(string Text, SourcePosition Position) : Block(Position)
{
    /// <inheritdoc />
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>Date line (日付), right-aligned, already written out (e.g. 「平成30年６月29日」).</summary>
public sealed record DateLine(string Text, SourcePosition Position) : Block(Position)
{
    /// <inheritdoc />
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>Addressees (宛先): one or more lines sharing one honorific (殿・様・御中…), set on the left.</summary>
/// <remarks>With several lines the honorific is placed once, to the right, centred over the group.</remarks>
public sealed record AddresseeGroup(ImmutableArray<string> Lines, string? Honorific, SourcePosition Position) : Block(Position)
{
    /// <inheritdoc />
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>Sender (発信者), right-aligned; <see cref="SealOmitted"/> adds 「（公印省略）」 under it.</summary>
public sealed record Sender(string Text, bool SealOmitted, SourcePosition Position) : Block(Position)
{
    /// <inheritdoc />
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);

    /// <summary>The note printed under a sender whose seal is omitted.</summary>
    public const string SealOmittedText = "（公印省略）";
}

/// <summary>Title (件名), centred, e.g. 「……について（周知）」.</summary>
public sealed record Title(string Text, SourcePosition Position) : Block(Position)
{
    /// <inheritdoc />
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>Body paragraph (本文) with a one-character first-line indent.</summary>
public sealed record Paragraph(string Text, SourcePosition Position) : Block(Position)
{
    /// <inheritdoc />
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>「記」, centred, introducing the itemised part.</summary>
public sealed record NoteHeading(SourcePosition Position) : Block(Position)
{
    /// <inheritdoc />
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);

    /// <summary>The text printed: 記.</summary>
    public const string Text = "記";
}

/// <summary>An outline item (項目): a numbering token and its text; depth 1 is outermost.</summary>
/// <param name="Level">1-based depth, decided by the kind of token (第１ &gt; １ &gt; （１） &gt; ア &gt; （ア） …).</param>
/// <param name="Label">The numbering token as written, e.g. 「１．」「（１）」「ア」.</param>
/// <param name="Text">The item's text after the token.</param>
/// <param name="Continuations">Further paragraphs belonging to the item, set under its text.</param>
/// <param name="Position">Where the item came from.</param>
public sealed record OutlineItem(int Level, string Label, string Text, ImmutableArray<string> Continuations, SourcePosition Position) : Block(Position)
{
    /// <inheritdoc />
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);

    /// <summary>What stands between token and text: nothing after 「．」, otherwise one full-width space (公用文作成の考え方).</summary>
    public string Separator => Label.EndsWith('．') || Label.EndsWith('.') ? "" : "\u3000";
}

/// <summary>「以上」, right-aligned, closing the itemised part.</summary>
public sealed record ClosingMark(SourcePosition Position) : Block(Position)
{
    /// <inheritdoc />
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);

    /// <summary>The text printed: 以上.</summary>
    public const string Text = "以上";
}

/// <summary>An attachment line (別添・別紙), left-aligned without indent, e.g. 「○別添　参考資料」.</summary>
public sealed record Attachment(string Text, SourcePosition Position) : Block(Position)
{
    /// <inheritdoc />
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>Contact block (担当・連絡先): lines set in a box on the right.</summary>
public sealed record ContactBlock(ImmutableArray<string> Lines, SourcePosition Position) : Block(Position)
{
    /// <inheritdoc />
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A table with borders; the first row is a header when <see cref="HasHeader"/>.</summary>
/// <param name="Rows">Rows of cell texts; every row has the same number of cells.</param>
/// <param name="ColumnWidths">Relative column widths (one per column), or empty for equal widths.</param>
/// <param name="HasHeader">Whether the first row is a header row (shaded, repeated on a new page).</param>
/// <param name="Position">Where the table came from.</param>
public sealed record Table(ImmutableArray<ImmutableArray<string>> Rows, ImmutableArray<int> ColumnWidths, bool HasHeader, SourcePosition Position) : Block(Position)
{
    /// <inheritdoc />
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);

    /// <summary>Number of columns.</summary>
    public int ColumnCount => Rows.IsDefaultOrEmpty ? 0 : Rows[0].Length;
}

/// <summary>A centred or right-aligned free line (e.g. 「（別紙）」 or a heading of a council paper).</summary>
public sealed record AlignedLine(string Text, LineAlignment Alignment, SourcePosition Position) : Block(Position)
{
    /// <inheritdoc />
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>Vertical space of one empty line, as an author asked for it.</summary>
public sealed record BlankLine(SourcePosition Position) : Block(Position)
{
    /// <inheritdoc />
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>Starts a new page.</summary>
public sealed record PageBreak(SourcePosition Position) : Block(Position)
{
    /// <inheritdoc />
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>Horizontal alignment of an <see cref="AlignedLine"/>.</summary>
public enum LineAlignment
{
    /// <summary>Flush left, no indent.</summary>
    Left,
    /// <summary>Centred.</summary>
    Center,
    /// <summary>Flush right.</summary>
    Right,
}
