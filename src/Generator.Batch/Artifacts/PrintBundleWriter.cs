using Generator.Model;
using Generator.Pdf;

namespace Generator.Batch.Artifacts;

/// <summary>The combined print PDF of a batch: every recipient's document in recipient order, each with its own page numbers
/// (and, when the documents carry 別添, each followed by its attachments).</summary>
/// <remarks>Each letter's pages are written to print.pdf as the letter arrives (<see cref="PdfWriter.BeginBundle"/>), so
/// memory stays flat; the fonts and the bundle's metadata follow the last letter. With 別添 the recipients' PDF files are
/// put together instead, after the last letter.</remarks>
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
        private readonly List<string> files = []; // with fromFiles: each recipient's PDF and the 別添 beside it
        private readonly List<Block> identity = []; // with fromFiles: the text the bundle's identifiers come from
        private FileStream? stream;
        private PdfBundleStream? bundle;
        private DocumentMetadata? first;
        private int count;

        public void Add(BatchLetter letter)
        {
            first ??= letter.Document.Metadata;
            count++;
            if (owner.fromFiles)
            {
                files.AddRange(letter.Result.Files.Where(f => f.Format == "pdf" || Attachments.EnclosureFile.Is(f)).Select(f => f.FileName));
                identity.AddRange(letter.Document.Blocks);
                return;
            }
            stream ??= File.Create(Path.Combine(staging, FileName));
            bundle ??= owner.writer.BeginBundle(stream);
            bundle.Add(letter.Document);
        }

        public IReadOnlyList<string> Finish(CancellationToken cancellationToken)
        {
            if (first is null) return [];
            var metadata = new DocumentMetadata($"一括印刷：{first.Title}", first.Author, $"{count}件", first.Date, $"print:{owner.templateName}");
            if (owner.fromFiles)
            {
                using var combined = File.Create(Path.Combine(staging, FileName));
                PdfPageImport.Combine(new Document(metadata, [.. identity]), [.. files.Select(f => File.ReadAllBytes(Path.Combine(staging, f)))], combined);
                return [FileName];
            }
            bundle!.Finish(metadata);
            stream!.Dispose();
            stream = null;
            return [FileName];
        }

        public void Dispose()
        {
            stream?.Dispose();
            files.Clear();
            identity.Clear();
        }
    }
}
