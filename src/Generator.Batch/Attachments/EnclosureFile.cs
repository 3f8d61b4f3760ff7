using System.Security.Cryptography;
using Generator.Pdf;

namespace Generator.Batch.Attachments;

/// <summary>A 別添 written beside the recipient's PDF as its own file (<see cref="BatchOptions.AttachmentsBeside"/>):
/// <c>&lt;code&gt;_&lt;name&gt;_別添1.pdf</c>, listed in the manifests with the format <c>enclosure1</c>.</summary>
internal static class EnclosureFile
{
    /// <summary>The start of an enclosure's format name in the manifests.</summary>
    public const string FormatPrefix = "enclosure";

    /// <summary>Whether <paramref name="file"/> is an enclosure written beside a recipient's PDF.</summary>
    public static bool Is(BatchFile file) => file.Format.StartsWith(FormatPrefix, StringComparison.Ordinal);

    /// <summary>Writes attachment number <paramref name="number"/> (1-based) of <paramref name="item"/> into <paramref name="staging"/>.</summary>
    public static BatchFile Write(IAttachmentSource source, BatchItem item, int number, string staging)
    {
        var bytes = source.PdfFor(item);
        var name = $"{item.FileStem}_別添{number}.pdf";
        using (var file = new FileStream(Path.Combine(staging, name), FileMode.CreateNew, FileAccess.Write, FileShare.None))
            file.Write(bytes);
        return new BatchFile($"{FormatPrefix}{number}", name, bytes.Length, Generator.IO.Hex.Lower(SHA256.HashData(bytes)), PdfPageImport.CountPages(bytes));
    }
}
