using Generator.Layout;
using Generator.Model;

namespace Generator.Writers.Text;

/// <summary>The text writer's rule for the addressee group (宛先).</summary>
internal sealed partial class TextBlockWriter
{
    /// <summary>Addressees on the left; a shared honorific right of the longest line, between the middle lines (as read down the page).</summary>
    private static List<string> Addressees(AddresseeGroup group)
    {
        if (group.Honorific is null) return [.. group.Lines];
        if (group.Lines.Length == 1) return [group.Lines[0] + "\u3000" + group.Honorific];
        var lines = new List<string>();
        var column = group.Lines.Max(CharacterWidth.Of) + 1;
        var half = group.Lines.Length / 2;
        for (var i = 0; i < group.Lines.Length; i++)
        {
            if (group.Lines.Length % 2 == 0 && i == half) lines.Add(TextLineFormatter.At(column, group.Honorific));
            var line = group.Lines[i];
            if (group.Lines.Length % 2 == 1 && i == half)
                line += TextLineFormatter.Pad(column - CharacterWidth.Of(line)) + group.Honorific;
            lines.Add(line);
        }
        return lines;
    }
}
