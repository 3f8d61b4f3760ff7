using System.Collections.Immutable;

namespace Generator.Model;

/// <summary>Contact block (担当・連絡先): lines set in a box on the right.</summary>
public sealed record ContactBlock(ImmutableArray<string> Lines, SourcePosition Position) : Block(Position)
{
    /// <inheritdoc />
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}
