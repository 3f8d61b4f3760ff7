using System.Collections.Immutable;
using Generator.Layout;
using Generator.Model;
using Generator.Pdf.Layout;
using Generator.Pdf.LineBreaking;

namespace Generator.Pdf.Labels;

/// <summary>Lays labels out on sheets as ordinary laid-out pages, so the page drawer and its text machinery draw them.</summary>
/// <remarks>The name line is set larger (<see cref="LabelSheetOptions.NameFontSizePt"/>) than the address, with
/// <paramref name="nameMeasurer"/>; a name too long for one line at that size is set smaller, down to the body size.</remarks>
internal sealed class LabelSheetLayout(LabelSheetOptions sheet, PageLayoutOptions page, ILineBreaker breaker, TextMeasurer measurer,
    TextMeasurer nameMeasurer, double ascent)
{
    public DocumentLayout Lay(IReadOnlyList<AddressLabel> labels)
    {
        var perSheet = sheet.Columns * sheet.Rows;
        var composer = new LineComposer(measurer);
        var nameComposer = new LineComposer(nameMeasurer);
        var pages = new List<LaidOutPage>();
        for (var start = 0; start < labels.Count; start += perSheet)
        {
            var rows = ImmutableArray.CreateBuilder<PlacedRow>();
            for (var i = start; i < Math.Min(labels.Count, start + perSheet); i++)
            {
                var slot = i - start;
                var left = PageLayoutOptions.MmToPt(sheet.LeftMm + slot % sheet.Columns * sheet.LabelWidthMm + sheet.PaddingMm);
                var top = PageLayoutOptions.MmToPt(sheet.TopMm + slot / sheet.Columns * sheet.LabelHeightMm + sheet.PaddingMm);
                var width = PageLayoutOptions.MmToPt(sheet.LabelWidthMm - 2 * sheet.PaddingMm);
                rows.Add(Label(labels[i], composer, nameComposer, left, top, width));
            }
            pages.Add(new LaidOutPage(pages.Count + 1, rows.ToImmutable(), null, 0));
        }
        return new DocumentLayout([.. pages], page);
    }

    private PlacedRow Label(AddressLabel label, LineComposer composer, LineComposer nameComposer, double left, double top, double width)
    {
        var lines = new List<LaidOutLine>();
        var baseline = sheet.LinePitchPt * 0.5 + page.FontSizePt * ascent / 2;
        void Add(string text, LineAlign align, LineComposer with, TextMeasurer measure, double pitch)
        {
            foreach (var broken in breaker.Break(text, width, width, measure.Measure))
            {
                lines.Add(with.Compose(broken, left, width, align, baseline));
                baseline += pitch;
            }
        }
        if (label.PostalCode.Length > 0) Add("〒" + label.PostalCode, LineAlign.Left, composer, measurer, sheet.LinePitchPt);
        if (label.Address.Length > 0) Add(label.Address, LineAlign.Left, composer, measurer, sheet.LinePitchPt);
        if (label.Department.Length > 0) Add(label.Department, LineAlign.Left, composer, measurer, sheet.LinePitchPt);
        // the larger name sits clear of the address: its line is taller by the difference in size
        var (nameWith, nameMeasure) = NameSetting(label.Name, nameComposer, width);
        var extra = Math.Max(0, nameMeasure.FontSize - page.FontSizePt);
        baseline += sheet.LinePitchPt / 2 + extra;
        Add(label.Name, LineAlign.Right, nameWith, nameMeasure, sheet.LinePitchPt + extra);
        var height = PageLayoutOptions.MmToPt(sheet.LabelHeightMm - 2 * sheet.PaddingMm);
        return new PlacedRow(LaidOutRow.Text(height, [.. lines]), top, new AlignedLine(label.Name, LineAlignment.Left, SourcePosition.None));
    }

    /// <summary>The name at <see cref="LabelSheetOptions.NameFontSizePt"/>, or, when it does not fit one line at that size
    /// (「札幌市健康増進課長　山田　太郎　様」), at the largest half point that fits, never below the body size.</summary>
    private (LineComposer Composer, TextMeasurer Measurer) NameSetting(string name, LineComposer nameComposer, double width)
    {
        var natural = nameMeasurer.Width(name);
        if (natural <= width) return (nameComposer, nameMeasurer);
        var size = Math.Max(page.FontSizePt, Math.Floor(nameMeasurer.FontSize * width / natural * 2) / 2);
        var smaller = nameMeasurer.Scaled(size / nameMeasurer.FontSize);
        return (new LineComposer(smaller), smaller);
    }
}
