using System.Collections.Immutable;

namespace Generator.Model;

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
