using System.Collections.Immutable;
using Generator.Layout;
using Generator.Model;
using Generator.Pdf.LineBreaking;

namespace Generator.Pdf.Layout;

/// <summary>Measures each block into rows of positioned lines (measure step; <see cref="PagePlacer"/> then paginates).</summary>
/// <remarks>Geometry follows <see cref="PageLayoutOptions"/> and <see cref="OutlineGeometry"/>, as the DOCX writer does; see docs/pdf-layout.md.
/// Addressees, sender, outline items and the contact box are measured in partial files in their feature folders
/// (Layout/Blocks/&lt;Feature&gt;/BlockMeasurer.&lt;Feature&gt;.cs), tables by <see cref="TableMeasurer"/>.</remarks>
internal sealed partial class BlockMeasurer : IBlockVisitor<MeasuredBlock>
{
    private readonly ILineBreaker breaker;
    private readonly TextMeasurer measurer;
    private readonly LineComposer composer;
    private readonly OutlineGeometry outline;
    private readonly double left, width, pitch, linePitch, baseline, titleIndent;
    private readonly PageLayoutOptions layout;
    private readonly TitleSetter? title;

    public BlockMeasurer(ILineBreaker breaker, TextMeasurer measurer, PageLayoutOptions layout, OutlineGeometry outline, double ascentRatio, double titleIndentChars)
    {
        this.breaker = breaker;
        this.measurer = measurer;
        this.outline = outline;
        composer = new LineComposer(measurer);
        left = PageLayoutOptions.MmToPt(layout.MarginLeftMm);
        width = layout.TextWidthPt;
        pitch = layout.CharacterPitchPt;
        linePitch = layout.LinePitchPt;
        // the em box is centred in the grid line; the baseline sits at the font's ascent inside it
        baseline = (linePitch - layout.FontSizePt) / 2 + layout.FontSizePt * ascentRatio;
        titleIndent = titleIndentChars * pitch;
        this.layout = layout;
        if (layout.TitleFontSizePt != layout.FontSizePt || layout.TitleBold)
            title = new TitleSetter(breaker, measurer.WithFontSize(layout.TitleFontSizePt),
                (linePitch - layout.TitleFontSizePt) / 2 + layout.TitleFontSizePt * ascentRatio, layout.TitleBold);
    }

    /// <summary>Measures one block.</summary>
    public MeasuredBlock Measure(Block block) => block.Accept(this);

    /// <inheritdoc />
    public MeasuredBlock Visit(DocumentNumber block) => Simple(block, block.Text, Align(layout.NumberAlignment));

    /// <inheritdoc />
    public MeasuredBlock Visit(DocumentLabel block) => Simple(block, block.Text, Align(layout.NumberAlignment));

    /// <inheritdoc />
    public MeasuredBlock Visit(DateLine block) => Simple(block, block.Text, Align(layout.DateAlignment));

    /// <inheritdoc />
    public MeasuredBlock Visit(AddresseeGroup block) => Addressees(block);

    /// <inheritdoc />
    public MeasuredBlock Visit(Sender block) => SenderBlock(block);

    /// <inheritdoc />
    public MeasuredBlock Visit(Title block) =>
        new(block, Rows(title is null
            ? Lines(block.Text, left + titleIndent, width - 2 * titleIndent, 0, LineAlign.Center)
            : title.Lines(block.Text, left + titleIndent, width - 2 * titleIndent)), KeepTogether: true, KeepWithNext: HeadingRule.AlwaysKeptWithNext(block));

    /// <inheritdoc />
    public MeasuredBlock Visit(Paragraph block) => new(block, Rows(Lines(block.Text, left, width, pitch, LineAlign.Justify)));

    /// <inheritdoc />
    public MeasuredBlock Visit(NoteHeading block) => Simple(block, NoteHeading.Text, LineAlign.Center) with { KeepWithNext = HeadingRule.AlwaysKeptWithNext(block) };

    /// <inheritdoc />
    public MeasuredBlock Visit(OutlineItem block) => Item(block);

    /// <inheritdoc />
    public MeasuredBlock Visit(ClosingMark block) => Simple(block, ClosingMark.Text, LineAlign.Right);

    /// <inheritdoc />
    public MeasuredBlock Visit(Attachment block) => Simple(block, block.Text, LineAlign.Justify);

    /// <inheritdoc />
    public MeasuredBlock Visit(ContactBlock block) => Contact(block);

    /// <inheritdoc />
    public MeasuredBlock Visit(Table block) => new TableMeasurer(this).Measure(block);

    /// <inheritdoc />
    public MeasuredBlock Visit(AlignedLine block) => Simple(block, block.Text, Align(block.Alignment));

    /// <inheritdoc />
    public MeasuredBlock Visit(BlankLine block) => new(block, [LaidOutRow.Text(linePitch)]);

    /// <inheritdoc />
    public MeasuredBlock Visit(PageBreak block) => new(block, [], StartsNewPage: true);

    /// <summary>The composer's alignment for a model alignment (left is flush left, as justified text's last line).</summary>
    private static LineAlign Align(LineAlignment alignment) =>
        alignment switch { LineAlignment.Center => LineAlign.Center, LineAlignment.Right => LineAlign.Right, _ => LineAlign.Justify };

    /// <summary>Line pitch in points.</summary>
    internal double LinePitch => linePitch;

    /// <summary>Character pitch in points.</summary>
    internal double Pitch => pitch;

    /// <summary>Left edge of the text area in points.</summary>
    internal double Left => left;

    /// <summary>Width of the text area in points.</summary>
    internal double Width => width;

    /// <summary>Baseline offset of a line inside its grid line.</summary>
    internal double Baseline => baseline;

    /// <summary>Breaks and composes <paramref name="text"/> in the measure [<paramref name="x"/>, +<paramref name="measure"/>] with a first-line indent.</summary>
    internal List<LaidOutLine> Lines(string text, double x, double measure, double firstIndent, LineAlign align, double firstBaseline = -1)
    {
        var broken = breaker.Break(text, measure - firstIndent, measure, measurer.Measure);
        var result = new List<LaidOutLine>(broken.Count);
        var y = firstBaseline < 0 ? baseline : firstBaseline;
        for (var i = 0; i < broken.Count; i++)
        {
            var indent = i == 0 ? firstIndent : 0;
            result.Add(composer.Compose(broken[i], x + indent, measure - indent, align, y));
            if (firstBaseline >= 0) y += linePitch;
        }
        return result;
    }

    /// <summary>Lines of a single-column block, one row each.</summary>
    private ImmutableArray<LaidOutRow> Rows(IEnumerable<LaidOutLine> lines) => [.. lines.Select(l => LaidOutRow.Text(linePitch, l))];

    private MeasuredBlock Simple(Block block, string text, LineAlign align) => new(block, Rows(Lines(text, left, width, 0, align)));
}
