using System.Collections.Immutable;
using Generator.Layout;
using Generator.Model;
using Generator.Pdf.LineBreaking;

namespace Generator.Pdf.Layout;

/// <summary>Measures outline items (項目): the token hanging left of the text, continuations under the text, a 「label：value」 continuation wrapped under its value.</summary>
internal sealed partial class BlockMeasurer
{
    private MeasuredBlock Item(OutlineItem item)
    {
        var tokenStart = left + (outline.Left(item.Level) - outline.Hanging(item.Level)) * pitch;
        var textStart = left + outline.Left(item.Level) * pitch;
        var hang = textStart - tokenStart;
        // the first line starts at the token; wrapped lines start under the text (hanging indent)
        var lines = TokenFitsItsHang(item, hang)
            ? WithToken(item, tokenStart, textStart, Lines(item.Text, textStart, left + width - textStart, 0, LineAlign.Justify))
            : Lines(item.Label + item.Separator + item.Text, textStart, left + width - textStart, -hang, LineAlign.Justify);
        // a one-line item that is not a sentence heads what follows it (「５　根拠法令と…」), as in the DOCX
        var heading = HeadingRule.IsHeading(item, lines.Count);
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
        // the label's characters on the grid, as the composer places any text
        var label = composer.Compose(new BrokenLine(0, item.Label.Length, item.Label, labelWidth, 0, true), tokenStart, labelWidth, LineAlign.Left, first.Baseline).Runs;
        var separator = item.Separator.Length > 0 ? 1 : 0;
        var runs = ImmutableArray.CreateBuilder<PlacedRun>(label.Length + separator + first.Runs.Length);
        runs.AddRange(label);
        if (separator > 0) runs.Add(new PlacedRun(item.Separator, tokenStart + labelWidth, textStart - tokenStart - labelWidth));
        runs.AddRange(first.Runs);
        lines[0] = first with { Text = item.Label + item.Separator + first.Text, Runs = runs.MoveToImmutable() };
        return lines;
    }
}
