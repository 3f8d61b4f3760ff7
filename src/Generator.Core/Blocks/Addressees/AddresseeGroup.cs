using System.Collections.Immutable;

namespace Generator.Model;

/// <summary>Addressees (宛先): one or more lines sharing one honorific (殿・様・御中…), set on the left.</summary>
/// <remarks>With several lines the honorific is placed once, to the right, centred over the group.</remarks>
public sealed record AddresseeGroup(ImmutableArray<string> Lines, string? Honorific, SourcePosition Position) : Block(Position)
{
    /// <inheritdoc />
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}
