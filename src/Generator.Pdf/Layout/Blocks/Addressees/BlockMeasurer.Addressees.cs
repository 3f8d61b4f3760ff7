using Generator.Model;
using Generator.Pdf.LineBreaking;

namespace Generator.Pdf.Layout;

/// <summary>Measures the addressee group (宛先): one line with its honorific, or several lines sharing one honorific set to their right.</summary>
internal sealed partial class BlockMeasurer
{
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
}
