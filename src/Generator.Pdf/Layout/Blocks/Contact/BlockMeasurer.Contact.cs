using Generator.Model;

namespace Generator.Pdf.Layout;

/// <summary>Measures the contact box (担当・連絡先): its lines in a ruled box on the right.</summary>
internal sealed partial class BlockMeasurer
{
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
        // the top and bottom rules lie inside the row, as LibreOffice and Word draw a table's borders inside its row (the
        // DOCX's lines give up their width): the box is as tall in both readers and fits the same lines of the page
        var (top, bottom) = (LaidOutRule.Width / 2, height - LaidOutRule.Width / 2);
        LaidOutRule[] rules =
        [
            new(boxLeft, top, boxRight, top), new(boxLeft, bottom, boxRight, bottom),
            new(boxLeft, top, boxLeft, bottom), new(boxRight, top, boxRight, bottom),
        ];
        return new MeasuredBlock(contact, [new LaidOutRow(height, [.. lines], [.. rules], [])], KeepTogether: true, KeepWithPrevious: true);
    }
}
