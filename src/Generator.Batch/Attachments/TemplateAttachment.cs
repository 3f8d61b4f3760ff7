using Generator.Diagnostics;
using Generator.Pdf;
using Generator.Pipeline;
using Generator.Writers;

namespace Generator.Batch.Attachments;

/// <summary>Another template rendered for the same recipient as a 別添 (e.g. the 2018 circular behind each forwarding notice).</summary>
public sealed class TemplateAttachment(DocumentGenerator generator, string templateName, IReadOnlyDictionary<string, object?> notice, PdfWriter writer)
    : IAttachmentSource
{
    /// <inheritdoc />
    public string Name => $"template:{templateName}";

    /// <inheritdoc />
    public IReadOnlyList<Diagnostic> Check(BatchItem item)
    {
        try
        {
            var document = Generate(item);
            return [.. GlyphCheck.Find(document, writer.GlyphCoverage, item.Label)];
        }
        catch (GeneratorException e)
        {
            return [.. e.Diagnostics.Select(d => d.ForRecipient(item.Label))];
        }
    }

    /// <inheritdoc />
    public byte[] PdfFor(BatchItem item)
    {
        using var output = new MemoryStream();
        writer.WritePaged(Generate(item), output);
        return output.ToArray();
    }

    private Model.Document Generate(BatchItem item) =>
        generator.Generate(templateName, notice, item.Fields, item.Label, $"{templateName}:{item.FileStem}");
}
