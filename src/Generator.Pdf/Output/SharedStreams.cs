using System.Security.Cryptography;

namespace Generator.Pdf.Output;

/// <summary>The streams a bundle has copied from other PDFs whose dictionaries name no other object (font programs,
/// ToUnicode and CIDToGIDMap streams, content streams, images), by their bytes: a stream copied again — the same 別添
/// behind every letter of print.pdf — is written once and shared, as PDF allows for streams.</summary>
/// <remarks>Keeps a 32-byte hash and a number per stream, not the stream. Pages, annotations and other dictionaries are
/// never shared (a page must be an object of its own).</remarks>
internal sealed class SharedStreams
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);

    /// <summary>The key of a stream object's body (dictionary and data, as in its file).</summary>
    public static string KeyOf(ReadOnlySpan<byte> body) => Generator.IO.Hex.Upper(SHA256.HashData(body));

    /// <summary>The number the bundle gave an identical stream before; false when there is none.</summary>
    public bool TryGet(string key, out int number) => numbers.TryGetValue(key, out number);

    /// <summary>Records that the stream with <paramref name="key"/> was written as object <paramref name="number"/>.</summary>
    public void Add(string key, int number) => numbers.TryAdd(key, number);
}
