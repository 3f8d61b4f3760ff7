namespace Generator.Pdf.LineBreaking;

/// <summary>Options of <see cref="JlreqLineBreaker"/>.</summary>
public sealed record JlreqLineBreakOptions
{
    /// <summary>The options used unless told otherwise: hanging punctuation on, as in Japanese practice.</summary>
    public static JlreqLineBreakOptions Default { get; } = new();

    /// <summary>Whether 、。，． may hang beyond the line end instead of being pushed with a character to the next line (ぶら下げ, JLREQ §3.8.3).</summary>
    public bool HangingPunctuation { get; init; } = true;
}
