using Generator.Conventions;
using Generator.Pdf;
using Generator.Pdf.Labels;

namespace Generator.Batch.Artifacts;

/// <summary>Address labels for the recipients that have an address: postal code, address, and the addressee as the document shows it (with 様・殿 or 御中).</summary>
public sealed class AddressLabelBatchWriter(PdfWriter writer, string templateName) : IBatchArtifactWriter
{
    /// <summary>File name of the label sheets in the output folder.</summary>
    public const string FileName = "labels.pdf";

    /// <inheritdoc />
    public string Name => FileName;

    /// <inheritdoc />
    public bool NeedsFiles => false;

    /// <inheritdoc />
    public IReadOnlyList<string> Write(IReadOnlyList<BatchItemResult> results, string stagingDirectory, CancellationToken cancellationToken)
    {
        var labels = results.Where(r => r.Item.Field("address").Length > 0).Select(ToLabel).ToList();
        if (labels.Count == 0) return [];
        using var stream = File.Create(Path.Combine(stagingDirectory, FileName));
        writer.WriteLabels(labels, $"labels:{templateName}", stream);
        return [FileName];
    }

    /// <summary>The label of one recipient: its document's addressee and honorific (AddresseeRules), 「札幌市長　様」 or 「札幌市健康増進課　御中」.</summary>
    public static AddressLabel ToLabel(BatchItemResult result) =>
        new(result.Item.Field("postal_code"), result.Item.Field("address"), "", AddresseeRules.Of(result.Document, result.Item.Fields).ToString());
}
