namespace Generator.Pdf.LineBreaking;

/// <summary>Breaks a paragraph's text into lines that fit given widths; pure (no state, no I/O).</summary>
/// <remarks>Widths and the measure function share one unit: points for PDF, grid characters for plain text.</remarks>
public interface ILineBreaker
{
    /// <summary>Breaks <paramref name="text"/> into lines: the first may be <paramref name="firstLineWidth"/> wide, the others <paramref name="otherLinesWidth"/>.</summary>
    /// <param name="text">The paragraph's text without line feeds.</param>
    /// <param name="firstLineWidth">Room for the first line (e.g. the width minus a one-character indent).</param>
    /// <param name="otherLinesWidth">Room for every further line.</param>
    /// <param name="measure">Width of an unbreakable piece of text (one full-width character or a run of half-width ones).</param>
    /// <returns>The lines in order; an empty text gives one empty line.</returns>
    IReadOnlyList<BrokenLine> Break(string text, double firstLineWidth, double otherLinesWidth, Func<string, double> measure);
}

/// <summary>One line produced by an <see cref="ILineBreaker"/>.</summary>
/// <param name="Start">Index of the line's first UTF-16 unit in the paragraph's text.</param>
/// <param name="Length">Number of UTF-16 units on the line.</param>
/// <param name="Text">The line's text (a substring of the paragraph's text; nothing added or removed).</param>
/// <param name="Width">Width of the whole line as measured, including a hanging mark.</param>
/// <param name="HangingWidth">Width of the punctuation hanging beyond the line end (ぶら下げ); 0 when nothing hangs.</param>
/// <param name="IsLast">Whether this is the paragraph's last line (which is never justified).</param>
public readonly record struct BrokenLine(int Start, int Length, string Text, double Width, double HangingWidth, bool IsLast);
