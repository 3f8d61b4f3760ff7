using Generator.Model;

namespace Generator.Layout;

/// <summary>Indents of outline items in grid characters, computed once per document so every writer agrees.</summary>
/// <param name="LeftChars">Indent of continuation lines from the text area's left edge, per level (index 0 = level 1).</param>
/// <param name="HangingChars">How far the first line (the token) hangs left of <see cref="LeftChars"/>, per level.</param>
public sealed record OutlineGeometry(IReadOnlyList<double> LeftChars, IReadOnlyList<double> HangingChars)
{
    /// <summary>Computes indents: level n's token starts where level n−1's text starts; the hang is the widest token of the level plus its separator.</summary>
    public static OutlineGeometry For(Document document, OutlineIndentStyle style)
    {
        var widest = new Dictionary<int, double>();
        foreach (var item in document.Blocks.OfType<OutlineItem>())
        {
            var w = CharacterWidth.Of(item.Label + item.Separator);
            widest[item.Level] = Math.Max(widest.GetValueOrDefault(item.Level), w);
        }
        var maxLevel = widest.Count == 0 ? 0 : widest.Keys.Max();
        var left = new double[maxLevel];
        var hang = new double[maxLevel];
        double tokenStart = 0;
        for (var level = 1; level <= maxLevel; level++)
        {
            var tokenWidth = widest.GetValueOrDefault(level, 2);
            var h = style == OutlineIndentStyle.UnderText ? tokenWidth : 1;
            left[level - 1] = tokenStart + h;
            hang[level - 1] = h;
            tokenStart += style == OutlineIndentStyle.UnderText ? tokenWidth : 1;
        }
        return new OutlineGeometry(left, hang);
    }

    /// <summary>Left indent (continuation lines) of a level, in characters.</summary>
    public double Left(int level) => LeftChars[level - 1];

    /// <summary>Hanging amount of a level's first line, in characters.</summary>
    public double Hanging(int level) => HangingChars[level - 1];
}
