using Generator.Conventions;
using Generator.Pdf;
using Generator.Pdf.Labels;

namespace Generator.Batch.Artifacts;

/// <summary>Address labels for the recipients that have an address: postal code, address, and the addressee as the document shows it (with 様・殿 or 御中).</summary>
public sealed class AddressLabelBatchWriter(PdfWriter writer, string templateName) : IBatchArtifactWriter
{
    /// <summary>File name of the label sheets in the output folder.</summary>
    public const string FileName = "labels.pdf";

    private readonly PdfWriter writer = writer;
    private readonly string templateName = templateName;

    /// <inheritdoc />
    public string Name => FileName;

    /// <inheritdoc />
    public bool TakesDrawnPages => false;

    /// <inheritdoc />
    public IBatchArtifactFeed Begin(string stagingDirectory, CancellationToken cancellationToken) => new Feed(this, stagingDirectory);

    /// <summary>The label of one letter: its document's addressee and honorific (AddresseeRules), 「札幌市長　様」 or 「札幌市健康増進課　御中」.</summary>
    public static AddressLabel ToLabel(BatchLetter letter) =>
        new(letter.Item.Field("postal_code"), letter.Item.Field("address"), "", AddresseeRules.Of(letter.Document, letter.Item.Fields).ToString());

    /// <summary>Keeps each letter's label (not its document) and sets the sheets when the last letter is in.</summary>
    private sealed class Feed(AddressLabelBatchWriter owner, string staging) : IBatchArtifactFeed
    {
        private readonly List<AddressLabel> labels = [];

        public void Add(BatchLetter letter)
        {
            if (letter.Item.Field("address").Length > 0) labels.Add(ToLabel(letter));
        }

        public IReadOnlyList<RunFile> Finish(CancellationToken cancellationToken)
        {
            if (labels.Count == 0) return [];
            using var stream = File.Create(Path.Combine(staging, FileName));
            owner.writer.WriteLabels(labels, $"labels:{owner.templateName}", stream);
            return [new RunFile(FileName)];
        }

        public void Dispose() => labels.Clear();
    }
}
