namespace Generator.Templating;

/// <summary>What a render produced: the markup text and where each markup line came from in the templates.</summary>
/// <param name="Markup">The markup text (docs/markup.md).</param>
/// <param name="LineOrigins">Markup line (1-based) → template line of the first expression that wrote to it.</param>
/// <param name="Sources">Template files used (main and partials), relative path → lines; for literal lines.</param>
public sealed record TemplateOutput(string Markup, IReadOnlyDictionary<int, TemplateLocation> LineOrigins, IReadOnlyDictionary<string, string[]> Sources)
{
    /// <summary>The files of <see cref="Sources"/> whose code ran in this render (the main file and the partials it
    /// included), in ordinal order: what this render depended on, not what the renderer had loaded before.</summary>
    public IReadOnlyList<string> Ran { get; init; } = [];

    /// <summary>The template place of a markup line: the expression that wrote to it, else the one template line that
    /// holds exactly this text (a literal line), else null rather than a guess.</summary>
    public TemplateLocation? OriginOf(int markupLine, string lineText)
    {
        if (LineOrigins.TryGetValue(markupLine, out var origin)) return origin;
        var text = lineText.AsSpan().Trim();
        if (text.IsEmpty) return null;
        TemplateLocation? found = null;
        foreach (var (file, lines) in Sources)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                if (!lines[i].AsSpan().Trim().SequenceEqual(text)) continue; // compared in place: no trimmed copy of every template line
                if (found is not null) return null; // ambiguous
                found = new TemplateLocation(file, i + 1);
            }
        }
        return found;
    }
}
