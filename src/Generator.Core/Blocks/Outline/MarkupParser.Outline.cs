using System.Collections.Immutable;
using Generator.Model;

namespace Generator.Markup;

/// <summary>Outline items (「１．」「（１）」「ア」 …): their indented continuation lines and, once the whole document is
/// read, their depth from the ranks of the tokens it uses.</summary>
public sealed partial class MarkupParser
{
    private readonly List<(Block Block, int Rank)> pendingItems = [];
    private OutlineItem? openItem;
    private int openItemIndex;

    private void StartItem(MarkupLine line, string content, OutlineTokenClassifier.Token token)
    {
        var item = new OutlineItem(0, token.Label, content[token.TextStart..].TrimStart(' ', '\t', '\u3000'),
            ImmutableArray<string>.Empty, new SourcePosition(line.Number));
        blocks.Add(item);
        openItem = item;
        openItemIndex = blocks.Count - 1;
        pendingItems.Add((item, token.Rank));
    }

    private void ContinueItem(string content)
    {
        openItem = openItem! with { Continuations = openItem.Continuations.Add(content) };
        blocks[openItemIndex] = openItem;
    }

    private void CloseItem() => openItem = null;

    private ImmutableArray<Block> WithOutlineLevels(List<Block> parsed)
    {
        // depth of an outline item = position of its token's rank among the ranks this document uses
        var ranks = pendingItems.Select(p => p.Rank).Distinct().Order().ToList();
        var levels = ranks.Select((rank, index) => (rank, index)).ToDictionary(x => x.rank, x => x.index + 1);
        var finalBlocks = ImmutableArray.CreateBuilder<Block>(parsed.Count);
        var itemIndex = 0;
        foreach (var block in parsed)
        {
            if (block is OutlineItem item)
            {
                // the block list holds the latest version of the item (with continuations); ranks were recorded in order
                finalBlocks.Add(item with { Level = levels[pendingItems[itemIndex].Rank] });
                itemIndex++;
            }
            else
            {
                finalBlocks.Add(block);
            }
        }
        return finalBlocks.ToImmutable();
    }
}
