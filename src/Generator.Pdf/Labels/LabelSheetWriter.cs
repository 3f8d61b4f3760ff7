using Generator.Layout;
using Generator.Model;
using Generator.Pdf.Fonts;
using Generator.Pdf.Layout;
using Generator.Pdf.LineBreaking;

namespace Generator.Pdf.Labels;

/// <summary>Writes address labels (宛名ラベル) as a PDF of label sheets, drawn by the same machinery as documents.</summary>
internal sealed class LabelSheetWriter(PageLayoutOptions page, ILineBreaker breaker, FontChain font)
{
    /// <summary>Checks every label's characters, lays the labels out on sheets and draws them; returns the number of sheets.</summary>
    /// <param name="labels">The labels, in print order.</param>
    /// <param name="identifier">The file's identifier (metadata and deterministic identifiers).</param>
    /// <param name="output">Where the PDF goes.</param>
    /// <param name="sheet">The sheet geometry.</param>
    public int Write(IReadOnlyList<AddressLabel> labels, string identifier, Stream output, LabelSheetOptions sheet)
    {
        var blocks = labels.Select(l => (Block)new AlignedLine($"{l.PostalCode} {l.Address} {l.Department} {l.Name}", LineAlignment.Left, SourcePosition.None));
        var identity = new Document(new DocumentMetadata("宛名ラベル", "", "", null, identifier), [.. blocks]);
        MissingGlyphGuard.ThrowIfAny([identity], font.Coverage);
        var nameMeasurer = new TextMeasurer(font, sheet.NameFontSizePt, sheet.NameFontSizePt * page.CharacterPitchPt / page.FontSizePt);
        var layout = new LabelSheetLayout(sheet, page, breaker, new TextMeasurer(font, page), nameMeasurer, font.AscentRatio).Lay(labels);
        var file = new PdfBundleStream(PdfWriterOptions.Default with { Layout = page }, breaker, font, output);
        file.Add(layout, identity.AllText());
        return file.Finish(identity.Metadata);
    }
}
