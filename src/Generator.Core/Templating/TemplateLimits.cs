namespace Generator.Templating;

/// <summary>Safety limits for rendering: a runaway template stops with an error instead of hanging or truncating.</summary>
/// <remarks>High enough for a real document (a 50-page agenda with tables), far below what would exhaust a batch.</remarks>
public sealed record TemplateLimits
{
    /// <summary>The limits used unless told otherwise.</summary>
    public static TemplateLimits Default { get; } = new();

    /// <summary>All loop iterations of one render together (Scriban counts nested loops and built-ins jointly).</summary>
    public int LoopLimit { get; init; } = 100_000;

    /// <summary>Depth of nested includes and function recursion.</summary>
    public int RecursionLimit { get; init; } = 64;

    /// <summary>Characters one render may write; past it the render fails (never truncates).</summary>
    public int OutputLimit { get; init; } = 4_000_000;

    /// <summary>Wall-clock cap on one render.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);
}
