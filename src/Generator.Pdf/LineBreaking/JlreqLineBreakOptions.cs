namespace Generator.Pdf.LineBreaking;

/// <summary>Options of <see cref="JlreqLineBreaker"/>.</summary>
public sealed record JlreqLineBreakOptions
{
    /// <summary>The options used unless told otherwise: hanging punctuation on, as in Japanese practice.</summary>
    public static JlreqLineBreakOptions Default { get; } = new();

    /// <summary>Whether 、。，． may hang beyond the line end instead of being pushed with a character to the next line (ぶら下げ, JLREQ §3.8.3).</summary>
    public bool HangingPunctuation { get; init; } = true;

    /// <summary>A document number (文書番号, 「医政総発○第○号」) goes whole to the next line unless that leaves its line so
    /// short that 両端揃え would put more than this between two clusters, in full-width characters (default 0.08, the most
    /// that keeps our PDF's lines those of the DOCX in Word and LibreOffice, which break inside the number: the two must
    /// agree on lines and pages); then, and only then, it breaks inside the number, between its digit runs and kanji.
    /// A line spread wider than a word space carries its text as /ActualText, so extraction and search read it without spaces.</summary>
    public double MaxNumberPushOutSpread { get; init; } = 0.08;
}
