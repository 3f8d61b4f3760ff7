namespace Generator.Writers.Text;

/// <summary>Options of the text writer: the line width used to right-align and centre, in grid characters.</summary>
public sealed record TextWriterOptions
{
    /// <summary>The options used unless told otherwise: 40 characters, as the page grid.</summary>
    public static TextWriterOptions Default { get; } = new();

    /// <summary>Line width in full-width characters.</summary>
    public int LineWidth { get; init; } = 40;
}
