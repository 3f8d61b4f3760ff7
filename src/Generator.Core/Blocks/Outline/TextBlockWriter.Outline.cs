using Generator.Layout;
using Generator.Model;

namespace Generator.Writers.Text;

/// <summary>The text writer's rule for outline items (項目): the token at the level's token position, continuations
/// under the item's text with a one-character indent.</summary>
internal sealed partial class TextBlockWriter
{
    private static IEnumerable<string> OutlineItemLines(OutlineItem block, OutlineGeometry geometry)
    {
        var tokenStart = geometry.Left(block.Level) - geometry.Hanging(block.Level);
        return [TextLineFormatter.At(tokenStart, block.Label + block.Separator + block.Text),
            .. block.Continuations.Select(c => TextLineFormatter.At(geometry.Left(block.Level), "\u3000" + c))];
    }
}
