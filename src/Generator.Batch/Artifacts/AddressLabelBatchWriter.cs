using Generator.Conventions;
using Generator.Pdf;
using Generator.Pdf.Labels;

namespace Generator.Batch.Artifacts;

/// <summary>Address labels for the recipients that have an address: postal code, address, department, name + head title + 様.</summary>
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
        var labels = results.Select(r => r.Item).Where(i => i.Field("address").Length > 0).Select(ToLabel).ToList();
        if (labels.Count == 0) return [];
        using var stream = File.Create(Path.Combine(stagingDirectory, FileName));
        writer.WriteLabels(labels, $"labels:{templateName}", stream);
        return [FileName];
    }

    /// <summary>The label of one recipient: the addressee field when given (「札幌市長　秋元　克広」), else name + head title; then 様.</summary>
    public static AddressLabel ToLabel(BatchItem item)
    {
        var addressee = item.Field("addressee");
        if (addressee.Length == 0) addressee = HeadTitleFunctions.HeadOf(item.Field("name"), item.Field("head_title"));
        return new AddressLabel(item.Field("postal_code"), item.Field("address"), item.Field("department"), addressee + "\u3000様");
    }
}
