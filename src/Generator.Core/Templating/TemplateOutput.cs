namespace Generator.Templating;

/// <summary>What a render produced: the markup text and, per markup line, the template line whose expression wrote to it.</summary>
/// <param name="Markup">The markup text (docs/markup.md).</param>
/// <param name="LineOrigins">Markup line (1-based) → template place; lines written only by literal template text are absent.</param>
public sealed record TemplateOutput(string Markup, IReadOnlyDictionary<int, TemplateLocation> LineOrigins)
{
    /// <summary>The template place for a markup line: its own origin or the nearest earlier line's.</summary>
    public TemplateLocation? OriginOf(int markupLine)
    {
        for (var line = markupLine; line >= 1; line--)
            if (LineOrigins.TryGetValue(line, out var origin)) return origin;
        return null;
    }
}
