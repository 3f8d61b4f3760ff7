using System.Collections.Immutable;

namespace Generator.Model;

/// <summary>An official document as an immutable list of blocks: the only thing writers see.</summary>
public sealed record Document(DocumentMetadata Metadata, ImmutableArray<Block> Blocks)
{
    /// <summary>All text the document prints, block by block (for font coverage checks and searches).</summary>
    public IEnumerable<string> AllText() => Blocks.SelectMany(BlockText.Of);
}
