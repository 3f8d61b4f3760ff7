using System.Collections.Immutable;
using Generator.Layout;
using Generator.Model;

namespace Generator.Pdf.Layout;

/// <summary>A piece of text drawn at one place: one full-width character or a run of half-width ones.</summary>
/// <param name="Text">The characters, exactly as in the document.</param>
/// <param name="X">Left edge in points from the paper's left edge.</param>
/// <param name="Width">Measured width in points (a grid cell for a full-width character).</param>
internal readonly record struct PlacedRun(string Text, double X, double Width);

/// <summary>One line of text: its runs and its baseline, measured from the top of its row.</summary>
/// <param name="Text">The line's text (the runs joined).</param>
/// <param name="Runs">Where each piece is drawn, left to right.</param>
/// <param name="Baseline">Baseline in points below the row's top.</param>
/// <param name="FontSize">Font size in points the runs were measured at (the body size but for a larger title or a label's name line).</param>
internal sealed record LaidOutLine(string Text, ImmutableArray<PlacedRun> Runs, double Baseline, double FontSize)
{
    /// <summary>Whether the line is set in (simulated) bold, as a bold title.</summary>
    public bool Bold { get; init; }

    /// <summary>Space added between clusters by 両端揃え, in points (0 for a line not spread).</summary>
    public double Spread { get; init; }

    /// <summary>Left edge of the first run.</summary>
    public double Left => Runs.IsEmpty ? 0 : Runs[0].X;

    /// <summary>Right edge of the last run.</summary>
    public double Right => Runs.IsEmpty ? 0 : Runs[^1].X + Runs[^1].Width;
}

/// <summary>A straight border line; Y values are points below the row's top, X from the paper's left edge.</summary>
internal readonly record struct LaidOutRule(double X1, double Y1, double X2, double Y2)
{
    /// <summary>Width in points of every rule the page drawer strokes (Word's ½ pt, <c>w:sz="4"</c>).</summary>
    public const double Width = 0.5;
}

/// <summary>A PNG image drawn at a place (a seal or a letterhead emblem); Y is points below the row's (or page's) top.</summary>
internal sealed record PlacedImage(PngImage Image, double X, double Y, double Width, double Height);

/// <summary>A shaded rectangle (table header); Y is points below the row's top.</summary>
internal readonly record struct LaidOutFill(double X, double Y, double Width, double Height);

/// <summary>A slice of a block that is never split across pages: a text line, an addressee group, a table row, a box.</summary>
/// <param name="Height">Height in points: a whole number of line pitches.</param>
/// <param name="Lines">The text lines in reading order.</param>
/// <param name="Rules">Border lines.</param>
/// <param name="Fills">Shaded areas, drawn before rules and text.</param>
internal sealed record LaidOutRow(double Height, ImmutableArray<LaidOutLine> Lines, ImmutableArray<LaidOutRule> Rules, ImmutableArray<LaidOutFill> Fills)
{
    /// <summary>Images drawn over the text (the seal over a sender's name).</summary>
    public ImmutableArray<PlacedImage> Images { get; init; } = [];

    /// <summary>A row of text lines without borders.</summary>
    public static LaidOutRow Text(double height, params LaidOutLine[] lines) => new(height, [.. lines], [], []);
}

/// <summary>What measuring a block gives: its rows and how pagination may treat them.</summary>
/// <param name="Source">The block measured.</param>
/// <param name="Rows">The rows, top to bottom.</param>
/// <param name="KeepTogether">Never split the block across pages.</param>
/// <param name="KeepWithNext">Keep the block on the page of the next block's first row (titles, 「記」: Core's HeadingRule).</param>
/// <param name="RepeatedHeader">A row to repeat at the top of every further page the block runs onto (table header).</param>
/// <param name="StartsNewPage">The block is a page break.</param>
/// <param name="HeadingFirstRow">The first row is a heading (「５　根拠法令と…」): never last on a page, kept with the row after it.</param>
/// <param name="KeepWithPrevious">Never alone at the top of a page: the last row of the block before comes along (the contact box 担当).</param>
internal sealed record MeasuredBlock(Block Source, ImmutableArray<LaidOutRow> Rows, bool KeepTogether = false, bool KeepWithNext = false,
    LaidOutRow? RepeatedHeader = null, bool StartsNewPage = false, bool HeadingFirstRow = false, bool KeepWithPrevious = false)
{
    /// <summary>Total height in points.</summary>
    public double Height => Rows.Sum(r => r.Height);

    /// <summary>Whether this is an author's blank line (dropped at the top of a page that an overflow started).</summary>
    public bool IsBlank => Source is BlankLine;
}

/// <summary>A row placed on a page, <paramref name="Top"/> points below the paper's top edge.</summary>
internal sealed record PlacedRow(LaidOutRow Row, double Top, Block Source);

/// <summary>One page: its rows in order and its footer line (the page number), if any.</summary>
internal sealed record LaidOutPage(int Number, ImmutableArray<PlacedRow> Rows, LaidOutLine? Footer, double FooterBaseline)
{
    /// <summary>What stands in the top margin (the letterhead on page 1): its lines (baselines from the paper's top) and images.</summary>
    public LaidOutRow? Header { get; init; }
}

/// <summary>The whole document laid out: immutable, ready to draw and to assert on in tests.</summary>
internal sealed record DocumentLayout(ImmutableArray<LaidOutPage> Pages, PageLayoutOptions Options);
