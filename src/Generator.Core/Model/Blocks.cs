namespace Generator.Model;

/// <summary>One block of an official document (公用文). Consumers handle every kind through <see cref="IBlockVisitor{T}"/>.</summary>
/// <remarks>Adding a kind: a sealed record overriding <see cref="Accept{T}"/> (abstract, so forgetting it fails to
/// compile) and a Visit method on <see cref="IBlockVisitor{T}"/> (which breaks every visitor until it handles the kind).
/// The simple one-line kinds are in this file; a kind with its own parsing or rendering (table, outline item, addressees,
/// sender, contact box) has its record in its feature folder, src/Generator.Core/Blocks/&lt;Feature&gt;/.
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
