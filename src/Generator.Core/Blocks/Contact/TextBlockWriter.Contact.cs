using Generator.Layout;
using Generator.Model;

namespace Generator.Writers.Text;

/// <summary>The text writer's rule for the contact box (担当・連絡先): its lines flush right, left-aligned with each other.</summary>
internal sealed partial class TextBlockWriter
{
    private static IEnumerable<string> ContactLines(ContactBlock block, TextLineFormatter format)
    {
        var widest = block.Lines.Select(CharacterWidth.Of).DefaultIfEmpty(0).Max();
        return [.. block.Lines.Select(l => format.Right(l + TextLineFormatter.Pad(widest - CharacterWidth.Of(l))))];
    }
}
