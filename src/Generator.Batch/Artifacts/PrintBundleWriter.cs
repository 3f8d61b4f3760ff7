using Generator.Model;
using Generator.Pdf;

namespace Generator.Batch.Artifacts;

/// <summary>The combined print PDF of a batch: every recipient's document in recipient order, each with its own page numbers
/// (and, when the documents carry 別添, each followed by its attachments).</summary>
/// <remarks>Each letter's pages are written to print.pdf as the letter arrives (<see cref="PdfWriter.BeginBundle"/>), so
/// memory stays flat: the pages its own PDF drew when there are (<see cref="BatchLetter.Drawn"/>, taken as they are), else
/// the document laid out again (a docx-only run, a letter reused from the previous run); the fonts and the bundle's metadata follow the last letter. With 別添 each recipient's PDF files
/// (the letter with its 別添, and any written beside it) are copied into print.pdf page by page as the letter arrives
/// (<see cref="PdfBundleStream.AddPdf"/>), flat as well.</remarks>
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
    public bool TakesDrawnPages => !fromFiles;

    /// <inheritdoc />
    public IBatchArtifactFeed Begin(string stagingDirectory, CancellationToken cancellationToken) => new Feed(this, stagingDirectory);

    private sealed class Feed(PrintBundleWriter owner, string staging) : IBatchArtifactFeed
    {
        private FileStream? file;
        private HashingWriteStream? stream; // print.pdf is hashed as it is written, for manifest.json
        private PdfBundleStream? bundle;
        private DocumentMetadata? first;
        private int count;

        public void Add(BatchLetter letter)
        {
            first ??= letter.Document.Metadata;
            count++;
            if (stream is null)
            {
                file = File.Create(Path.Combine(staging, FileName));
                stream = new HashingWriteStream(file);
            }
            bundle ??= owner.writer.BeginBundle(stream);
            if (!owner.fromFiles)
            {
                // the pages the recipient's PDF drew, as they are; laid out again only where there are none or they differ
                if (letter.Drawn is not { } drawn || !bundle.TryAdd(drawn, letter.Document.AllText())) bundle.Add(letter.Document);
                return;
            }
            // the recipient's PDF (with its 別添 inside) and the 別添 written beside it, copied page by page as they are
            var text = letter.Document.AllText();
            foreach (var file in letter.Result.Files.Where(f => f.Format == "pdf" || Attachments.EnclosureFile.Is(f)))
            {
                bundle.AddPdf(File.ReadAllBytes(Path.Combine(staging, file.FileName)), text);
                text = [];
            }
        }

        public IReadOnlyList<RunFile> Finish(CancellationToken cancellationToken)
        {
            if (first is null) return [];
            var metadata = new DocumentMetadata($"一括印刷：{first.Title}", first.Author, $"{count}件", first.Date, $"print:{owner.templateName}");
            bundle!.Finish(metadata);
            stream!.Flush();
            var written = new RunFile(FileName, stream.Sha256(), stream.Written);
            Dispose();
            return [written];
        }

        public void Dispose()
        {
            stream?.Dispose();
            file?.Dispose();
            stream = null;
            file = null;
        }
    }
}
