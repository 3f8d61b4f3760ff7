using System.Security.Cryptography;
using Generator.Diagnostics;

namespace Generator.Batch.Attachments;

/// <summary>A PDF file attached as it is (e.g. the national circular as received), the same for every recipient.</summary>
/// <param name="Name">The file name, for messages.</param>
/// <param name="Bytes">The file's content, read and checked when the notice was loaded.</param>
public sealed record PdfFileAttachment(string Name, byte[] Bytes) : IAttachmentSource
{
    /// <summary>Lower-case hex SHA-256 of the file (part of the recipients' fingerprint).</summary>
    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(Bytes));

    /// <inheritdoc />
    public IReadOnlyList<Diagnostic> Check(BatchItem item) => [];

    /// <inheritdoc />
    public byte[] PdfFor(BatchItem item) => Bytes;
}
