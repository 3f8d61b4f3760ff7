using System.Collections.Immutable;
using Generator.Layout;
using Generator.Model;
using Generator.Pdf.LineBreaking;

namespace Generator.Pdf.Layout;

/// <summary>Measures each block into rows of positioned lines (measure step; <see cref="PagePlacer"/> then paginates).</summary>
/// <remarks>Geometry follows <see cref="PageLayoutOptions"/> and <see cref="OutlineGeometry"/>, as the DOCX writer does; see docs/pdf-layout.md.</remarks>
internal sealed class BlockMeasurer : IBlockVisitor<MeasuredBlock>
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
            : title.Lines(block.Text, left + titleIndent, width - 2 * titleIndent)), KeepTogether: true, KeepWithNext: true);

    /// <inheritdoc />
    public MeasuredBlock Visit(Paragraph block) => new(block, Rows(Lines(block.Text, left, width, pitch, LineAlign.Justify)));

    /// <inheritdoc />
    public MeasuredBlock Visit(NoteHeading block) => Simple(block, NoteHeading.Text, LineAlign.Center);

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

    private MeasuredBlock SenderBlock(Sender sender)
    {
        var lines = Lines(sender.Text, left, width, 0, LineAlign.Right);
        var nameLines = lines.Count;
        if (sender.SealOmitted) lines.AddRange(Lines(Sender.SealOmittedText, left, width, 0, LineAlign.Right));
        var rows = Rows(lines);
        if (!sender.SealOmitted && layout.Seal is { } seal && nameLines > 0)
        {
            // 電子公印: the seal centred on the name's last character
            var size = PageLayoutOptions.MmToPt(seal.SizeMm);
            var last = lines[nameLines - 1];
            var centreX = last.Runs.IsEmpty ? left + width - pitch / 2 : last.Runs[^1].X + last.Runs[^1].Width / 2;
            var image = new PlacedImage(seal.Image, centreX - size / 2, linePitch / 2 - size / 2, size, size);
            rows = rows.SetItem(nameLines - 1, rows[nameLines - 1] with { Images = [image] });
        }
        return new MeasuredBlock(sender, rows, KeepTogether: true);
    }

    private MeasuredBlock Item(OutlineItem item)
    {
        var tokenStart = left + (outline.Left(item.Level) - outline.Hanging(item.Level)) * pitch;
        var textStart = left + outline.Left(item.Level) * pitch;
        var hang = textStart - tokenStart;
        // the first line starts at the token; wrapped lines start under the text (hanging indent)
        var lines = TokenFitsItsHang(item, hang)
            ? WithToken(item, tokenStart, textStart, Lines(item.Text, textStart, left + width - textStart, 0, LineAlign.Justify))
            : Lines(item.Label + item.Separator + item.Text, textStart, left + width - textStart, -hang, LineAlign.Justify);
        // a one-line item that is not a sentence heads what follows it (「５　根拠法令と…」)
        var heading = lines.Count == 1 && !item.Text.EndsWith('。');
        foreach (var continuation in item.Continuations)
        {
            // 「認定：令和元年…」: wrapped lines go under the value, not back to the item's indent
            var label = LabelledLine.LabelLength(continuation);
            var valueStart = textStart + pitch + measurer.Width(continuation[..label]);
            lines.AddRange(label > 0 && valueStart < left + width / 2
                ? Lines(continuation, valueStart, left + width - valueStart, textStart + pitch - valueStart, LineAlign.Justify)
                : Lines(continuation, textStart, left + width - textStart, pitch, LineAlign.Justify));
        }
        return new MeasuredBlock(item, Rows(lines), HeadingFirstRow: heading);
    }

    /// <summary>Whether the label is no wider than the hang, so that the text can start exactly at the text indent: a
    /// half-width 「10」 is 1.24 characters wide, and after it 「10　開始時期」 would start ¼ character right of 「９　提供方法」.</summary>
    private bool TokenFitsItsHang(OutlineItem item, double hang) => item.Text.Length > 0 && measurer.Width(item.Label) <= hang + 1e-6;

    /// <summary>The item's text lines with the label put before the first one, at the token position; the separator
    /// fills the space between label and text, so the line's text stays label + separator + text.</summary>
    private List<LaidOutLine> WithToken(OutlineItem item, double tokenStart, double textStart, List<LaidOutLine> lines)
    {
        var first = lines[0];
        var labelWidth = measurer.Width(item.Label);
        var runs = ImmutableArray.CreateBuilder<PlacedRun>(first.Runs.Length + 2);
        // the label's characters on the grid, as the composer places any text
        runs.AddRange(composer.Compose(new BrokenLine(0, item.Label.Length, item.Label, labelWidth, 0, true), tokenStart, labelWidth, LineAlign.Left, first.Baseline).Runs);
        if (item.Separator.Length > 0) runs.Add(new PlacedRun(item.Separator, tokenStart + labelWidth, textStart - tokenStart - labelWidth));
        runs.AddRange(first.Runs);
        lines[0] = first with { Text = item.Label + item.Separator + first.Text, Runs = runs.ToImmutable() };
        return lines;
    }

    private MeasuredBlock Addressees(AddresseeGroup group)
    {
        if (group.Lines.Length == 1 || group.Honorific is null)
        {
            // one addressee: 「○○市長　様」 on one line
            var texts = group.Lines.Select((l, i) => group.Honorific is { } h && i == group.Lines.Length - 1 ? l + "\u3000" + h : l);
            return new MeasuredBlock(group, Rows(texts.SelectMany(t => Lines(t, left, width, 0, LineAlign.Left))), KeepTogether: true);
        }

        // several addressees share one honorific, set once to their right, vertically centred on the group (2018 circular)
        var honorificWidth = measurer.Width(group.Honorific) + pitch;
        var lines = new List<LaidOutLine>();
        foreach (var text in group.Lines)
            lines.AddRange(Lines(text, left, width - honorificWidth, 0, LineAlign.Left, baseline + lines.Count * linePitch));
        var height = lines.Count * linePitch;
        var right = lines.Max(l => l.Right);
        var honorificLine = composer.Compose(new BrokenLine(0, group.Honorific.Length, group.Honorific, measurer.Width(group.Honorific), 0, true),
            right + pitch, honorificWidth, LineAlign.Left, (height - linePitch) / 2 + baseline);
        var ordered = lines.Append(honorificLine).OrderBy(l => l.Baseline).ThenBy(l => l.Left);
        return new MeasuredBlock(group, [new LaidOutRow(height, [.. ordered], [], [])], KeepTogether: true);
    }

    private MeasuredBlock Contact(ContactBlock contact)
    {
        // a box on the right: as wide as the longest line plus half a character of padding on each side, and at least
        // half the text width (as the DOCX writer sets it)
        var padding = pitch / 2;
        var inner = width - 2 * padding;
        var natural = contact.Lines.Select(l => breaker.Break(l, inner, inner, measurer.Measure).Max(b => b.Width)).DefaultIfEmpty(0).Max();
        natural = Math.Max(natural, width / 2 - 2 * padding);
        var boxLeft = left + width - natural - 2 * padding;
        var lines = new List<LaidOutLine>();
        foreach (var text in contact.Lines)
            lines.AddRange(Lines(text, boxLeft + padding, natural, 0, LineAlign.Left, baseline + lines.Count * linePitch));
        var height = Math.Max(1, lines.Count) * linePitch;
        var boxRight = left + width;
        LaidOutRule[] rules =
        [
            new(boxLeft, 0, boxRight, 0), new(boxLeft, height, boxRight, height),
            new(boxLeft, 0, boxLeft, height), new(boxRight, 0, boxRight, height),
        ];
        return new MeasuredBlock(contact, [new LaidOutRow(height, [.. lines], [.. rules], [])], KeepTogether: true, KeepWithPrevious: true);
    }
}
