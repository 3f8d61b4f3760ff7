using System.Security.Cryptography;
using System.Text;
using Generator.Model;

namespace Generator.Pdf.Metadata;

/// <summary>Identifiers derived from a document's content instead of random GUIDs, so the same input gives the same bytes.</summary>
internal sealed class DeterministicIdentifiers
{
    private readonly byte[] hash;

    /// <summary>Identifiers from a content hash made elsewhere (a streamed bundle hashes its documents as they come).</summary>
    public DeterministicIdentifiers(byte[] hash) => this.hash = hash;

    /// <summary>The first 16 bytes of the hash: the PDF file identifier (trailer /ID).</summary>
    public ReadOnlySpan<byte> DocumentIdBytes => hash.AsSpan(0, 16);

    /// <summary>A GUID-shaped identifier (for XMP) from the hash and a <paramref name="purpose"/> label.</summary>
    public string Uuid(string purpose)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(WithHash(purpose), digest);
        var bytes = digest[..16];
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50); // version 5 style (name-based), little-endian field layout of System.Guid
        return new Guid(bytes).ToString("D");
    }

    /// <summary>A six-letter font subset tag (PDF 32000 §9.6.4) from the hash and <paramref name="fontName"/>.</summary>
    public string SubsetTag(string fontName)
    {
        var bytes = SHA256.HashData(WithHash(fontName));
        return string.Concat(bytes.Take(6).Select(b => (char)('A' + b % 26)));
    }

    /// <summary>The UTF-8 bytes of <paramref name="text"/> followed by the hash.</summary>
    private byte[] WithHash(string text)
    {
        var input = new byte[Encoding.UTF8.GetByteCount(text) + hash.Length];
        var length = Encoding.UTF8.GetBytes(text, input);
        hash.CopyTo(input, length);
        return input;
    }
}
