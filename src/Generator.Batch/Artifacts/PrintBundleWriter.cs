using Generator.Model;
using Generator.Pdf;

namespace Generator.Batch.Artifacts;

/// <summary>The combined print PDF of a batch: every recipient's document in recipient order, each with its own page numbers
/// (and, when the documents carry 別添, each followed by its attachments).</summary>
/// <param name="writer">Lays out the documents.</param>
/// <param name="templateName">Part of the bundle's identifier.</param>
/// <param name="fromFiles">Put the bundle together from the recipients' PDF files (which carry their 別添) instead of laying the documents out again.</param>
public sealed class PrintBundleWriter(PdfWriter writer, string templateName, bool fromFiles = false) : IBatchArtifactWriter
{
    /// <summary>File name of the bundle in the output folder.</summary>
    public const string FileName = "print.pdf";

    /// <inheritdoc />
    public string Name => FileName;

    /// <inheritdoc />
    public bool NeedsFiles => fromFiles;

    /// <inheritdoc />
    public IReadOnlyList<string> Write(IReadOnlyList<BatchItemResult> results, string stagingDirectory, CancellationToken cancellationToken)
    {
        if (results.Count == 0) return [];
        var first = results[0].Document.Metadata;
        var metadata = new DocumentMetadata($"一括印刷：{first.Title}", first.Author, $"{results.Count}件", first.Date, $"print:{templateName}");
        using var stream = File.Create(Path.Combine(stagingDirectory, FileName));
        if (fromFiles)
        {
            var identity = new Document(metadata, [.. results.SelectMany(r => r.Document.Blocks)]);
            var parts = results.SelectMany(r => r.Files.Where(f => f.Format == "pdf" || Attachments.EnclosureFile.Is(f)))
                .Select(f => File.ReadAllBytes(Path.Combine(stagingDirectory, f.FileName))).ToList();
            PdfPageImport.Combine(identity, parts, stream);
            return [FileName];
        }
        writer.WriteBundle([.. results.Select(r => r.Document)], metadata, stream, cancellationToken);
        return [FileName];
    }
}
