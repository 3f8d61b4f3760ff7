using Generator.Layout;
using Generator.Model;

namespace Generator.Pdf.Layout;

/// <summary>Measures the sender (発信者): right-aligned, 「（公印省略）」 under it, or the seal image (電子公印) over the end of the name.</summary>
internal sealed partial class BlockMeasurer
{
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
}
