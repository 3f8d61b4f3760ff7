using Generator.Layout;
using Generator.Model;
using Generator.Pdf.Fonts;
using Generator.Pdf.Layout;
using Generator.Pdf.LineBreaking;

namespace Generator.Pdf.Tests;

/// <summary>The lines a document should show, built independently of the layout code from the block texts and the
/// measures docs/pdf-layout.md gives, broken by <see cref="JlreqLineBreaker"/> (what the line-broken text export does).</summary>
/// <remarks>Lines on one baseline (table cells) are joined by a space, as pdftotext -raw prints them; blank lines print nothing.</remarks>
internal static class ExpectedLines
{
    public static List<string> For(Document document, PdfWriterOptions? options = null)
    {
        options ??= PdfWriterOptions.Default;
        var layout = options.Layout;
        var font = FontRegistry.Get(FontLocator.Locate(options.FontPath));
        var measurer = new TextMeasurer(font.File, layout);
        var breaker = new JlreqLineBreaker(options.LineBreaking);
        var outline = OutlineGeometry.For(document, layout.OutlineIndent);
        double w = layout.TextWidthPt, p = layout.CharacterPitchPt;
        List<string> Break(string text, double first, double other) => breaker.Break(text, first, other, measurer.Measure).Select(l => l.Text).ToList();

        var lines = new List<string>();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case DocumentNumber b: lines.AddRange(Break(b.Text, w, w)); break;
                case DocumentLabel b: lines.AddRange(Break(b.Text, w, w)); break;
                case DateLine b: lines.AddRange(Break(b.Text, w, w)); break;
                case AddresseeGroup b when b.Lines.Length == 1 || b.Honorific is null:
                    for (var i = 0; i < b.Lines.Length; i++)
                        lines.AddRange(Break(i == b.Lines.Length - 1 && b.Honorific is { } h ? b.Lines[i] + "\u3000" + h : b.Lines[i], w, w));
                    break;
                case AddresseeGroup b:
                    var group = b.Lines.SelectMany(l => Break(l, w - measurer.Width(b.Honorific!) - p, w - measurer.Width(b.Honorific!) - p)).ToList();
                    group.Insert((group.Count + 1) / 2, b.Honorific!); // set between the lines, vertically centred
                    lines.AddRange(group);
                    break;
                case Sender b:
                    lines.AddRange(Break(b.Text, w, w));
                    if (b.SealOmitted) lines.Add(Sender.SealOmittedText);
                    break;
                case Title b: lines.AddRange(Break(b.Text, w - 2 * layout.TitleIndentChars * p, w - 2 * layout.TitleIndentChars * p)); break;
                case Paragraph b: lines.AddRange(Break(b.Text, w - p, w)); break;
                case NoteHeading: lines.Add(NoteHeading.Text); break;
                case OutlineItem b:
                    var measure = w - outline.Left(b.Level) * p;
                    lines.AddRange(Break(b.Label + b.Separator + b.Text, measure + outline.Hanging(b.Level) * p, measure));
                    foreach (var c in b.Continuations) lines.AddRange(Break(c, measure - p, measure));
                    break;
                case ClosingMark: lines.Add(ClosingMark.Text); break;
                case Attachment b: lines.AddRange(Break(b.Text, w, w)); break;
                case ContactBlock b: foreach (var l in b.Lines) lines.AddRange(Break(l, w - p, w - p)); break;
                case AlignedLine b: lines.AddRange(Break(b.Text, w, w)); break;
                case Table b:
                    var weights = b.ColumnWidths.Length == b.ColumnCount ? b.ColumnWidths.Select(x => (double)x).ToArray() : Enumerable.Repeat(1.0, b.ColumnCount).ToArray();
                    foreach (var row in b.Rows)
                    {
                        var cells = row.Select((cell, c) => Break(cell, w * weights[c] / weights.Sum() - p, w * weights[c] / weights.Sum() - p)).ToList();
                        for (var i = 0; i < cells.Max(c => c.Count); i++)
                            lines.Add(string.Join(" ", cells.Where(c => i < c.Count && c[i].Length > 0).Select(c => c[i])));
                    }
                    break;
            }
        }
        return lines;
    }
}
