namespace Generator.Batch.Attachments;

/// <summary>One 別添 (attachment) of a notice: a PDF that goes with every recipient's document.</summary>
public interface IAttachmentSource
{
    /// <summary>What it is, for messages and the fingerprint: the file name or 「template:circular」.</summary>
    string Name { get; }

    /// <summary>Checks that it can be made for <paramref name="item"/>; the problems found (none when it can).</summary>
    IReadOnlyList<Generator.Diagnostics.Diagnostic> Check(BatchItem item);

    /// <summary>The attachment's PDF for <paramref name="item"/>.</summary>
    byte[] PdfFor(BatchItem item);
}
