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
        LaidOutRule[] rules =
        [
            new(boxLeft, 0, boxRight, 0), new(boxLeft, height, boxRight, height),
            new(boxLeft, 0, boxLeft, height), new(boxRight, 0, boxRight, height),
        ];
        return new MeasuredBlock(contact, [new LaidOutRow(height, [.. lines], [.. rules], [])], KeepTogether: true, KeepWithPrevious: true);
    }
}
