using Generator.Model;
using Generator.Pdf;

namespace Generator.Batch.Artifacts;

/// <summary>The combined print PDF of a batch: every recipient's document in recipient order, each with its own page numbers
/// (and, when the documents carry 別添, each followed by its attachments).</summary>
/// <remarks>Today's PDF bundle writer needs every document at once: the feed keeps them and writes the bundle when the
/// last letter is in (a streamed bundle, fed page by page, replaces this).</remarks>
/// <param name="writer">Lays out the documents.</param>
/// <param name="templateName">Part of the bundle's identifier.</param>
/// <param name="fromFiles">Put the bundle together from the recipients' PDF files (which carry their 別添) instead of laying the documents out again.</param>
public sealed class PrintBundleWriter(PdfWriter writer, string templateName, bool fromFiles = false) : IBatchArtifactWriter
{
    /// <summary>File name of the bundle in the output folder.</summary>
    public const string FileName = "print.pdf";

    private readonly PdfWriter writer = writer;
    private readonly string templateName = templateName;
    private readonly bool fromFiles = fromFiles;

    /// <inheritdoc />
    public string Name => FileName;

    /// <inheritdoc />
    public IBatchArtifactFeed Begin(string stagingDirectory, CancellationToken cancellationToken) => new Feed(this, stagingDirectory);

    private sealed class Feed(PrintBundleWriter owner, string staging) : IBatchArtifactFeed
    {
        private readonly List<Document> documents = [];
        private readonly List<string> files = []; // with fromFiles: each recipient's PDF and the 別添 beside it

        public void Add(BatchLetter letter)
        {
            documents.Add(letter.Document);
            if (owner.fromFiles)
                files.AddRange(letter.Result.Files.Where(f => f.Format == "pdf" || Attachments.EnclosureFile.Is(f)).Select(f => f.FileName));
        }

        public IReadOnlyList<string> Finish(CancellationToken cancellationToken)
        {
            if (documents.Count == 0) return [];
            var first = documents[0].Metadata;
            var metadata = new DocumentMetadata($"一括印刷：{first.Title}", first.Author, $"{documents.Count}件", first.Date, $"print:{owner.templateName}");
            using var stream = File.Create(Path.Combine(staging, FileName));
            if (owner.fromFiles)
            {
                var identity = new Document(metadata, [.. documents.SelectMany(d => d.Blocks)]);
                PdfPageImport.Combine(identity, [.. files.Select(f => File.ReadAllBytes(Path.Combine(staging, f)))], stream);
                return [FileName];
            }
            owner.writer.WriteBundle(documents, metadata, stream, staging, cancellationToken);
            return [FileName];
        }

        public void Dispose() => documents.Clear();
    }
}
