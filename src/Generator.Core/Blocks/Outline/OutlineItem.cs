using System.Collections.Immutable;

namespace Generator.Model;

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
