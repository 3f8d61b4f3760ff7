using System.Collections.Immutable;

namespace Generator.Model;

/// <summary>An official document as an immutable list of blocks: the only thing writers see.</summary>
public sealed record Document(DocumentMetadata Metadata, ImmutableArray<Block> Blocks)
{
    /// <summary>All text the document prints, block by block (for font coverage checks and searches).</summary>
    public IEnumerable<string> AllText() => Blocks.SelectMany(BlockText.Of);

    /// <summary>The characters of the template and notice the document was made from, each once in code-point order (empty
    /// when not made from a template): most of what it prints, and what every document of the same template and notice shares.
    /// Only a hint for writers, never printed: the PDF writer stores these characters' glyphs first in each font program and
    /// compresses that part once for all the letters of a run.</summary>
    public string TemplateCharacters { get; init; } = "";
}
