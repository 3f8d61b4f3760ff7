using Generator.Diagnostics;
using Generator.Model;

namespace Generator.Markup;

/// <summary>The result of parsing markup: the document (built even when there are problems) and the problems found.</summary>
public sealed record MarkupParseResult(Document Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when no problem was found.</summary>
    public bool Success => Diagnostics.Count == 0;
}
