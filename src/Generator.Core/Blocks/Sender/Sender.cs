namespace Generator.Model;

/// <summary>Sender (発信者), right-aligned; <see cref="SealOmitted"/> adds 「（公印省略）」 under it.</summary>
public sealed record Sender(string Text, bool SealOmitted, SourcePosition Position) : Block(Position)
{
    /// <inheritdoc />
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);

    /// <summary>The note printed under a sender whose seal is omitted.</summary>
    public const string SealOmittedText = "（公印省略）";
}
