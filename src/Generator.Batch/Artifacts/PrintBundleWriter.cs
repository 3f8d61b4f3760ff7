using Generator.Model;
using Generator.Pdf;

namespace Generator.Batch.Artifacts;

/// <summary>The combined print PDF of a batch: every recipient's document in recipient order, each with its own page numbers.</summary>
public sealed class PrintBundleWriter(PdfWriter writer, string templateName) : IBatchArtifactWriter
{
    /// <summary>File name of the bundle in the output folder.</summary>
    public const string FileName = "print.pdf";

    /// <inheritdoc />
    public string Name => FileName;

    /// <inheritdoc />
    public bool NeedsFiles => false;

    /// <inheritdoc />
    public IReadOnlyList<string> Write(IReadOnlyList<BatchItemResult> results, string stagingDirectory, CancellationToken cancellationToken)
    {
        if (results.Count == 0) return [];
        var first = results[0].Document.Metadata;
        var metadata = new DocumentMetadata($"一括印刷：{first.Title}", first.Author, $"{results.Count}件", first.Date, $"print:{templateName}");
        using var stream = File.Create(Path.Combine(stagingDirectory, FileName));
        writer.WriteBundle([.. results.Select(r => r.Document)], metadata, stream, stagingDirectory, cancellationToken);
        return [FileName];
    }
}
