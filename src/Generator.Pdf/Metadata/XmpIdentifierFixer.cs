using System.Text;

namespace Generator.Pdf.Metadata;

/// <summary>Rewrites the two random <c>uuid:</c> values of the XMP packet PDFsharp 6.2.4 creates while saving
/// (PdfMetadata.GenerateXmp uses Guid.NewGuid) with content-derived ones of the same length, so offsets stay valid.</summary>
internal static class XmpIdentifierFixer
{
    private static readonly byte[] Marker = "uuid:"u8.ToArray();

    /// <summary>Replaces, in place, each 36-character GUID after "uuid:" in <paramref name="pdf"/>.</summary>
    /// <returns>How many identifiers were replaced (2 for a PDFsharp 6.2.4 file).</returns>
    public static int Apply(Span<byte> pdf, DeterministicIdentifiers ids)
    {
        var count = 0;
        var at = 0;
        while (true)
        {
            var found = pdf[at..].IndexOf(Marker);
            if (found < 0) break;
            var start = at + found + Marker.Length;
            if (start + 36 > pdf.Length) break;
            if (Guid.TryParseExact(Encoding.ASCII.GetString(pdf.Slice(start, 36)), "D", out _))
            {
                var replacement = Encoding.ASCII.GetBytes(ids.Uuid("xmp" + count));
                replacement.CopyTo(pdf.Slice(start, 36));
                count++;
            }
            at = start;
        }
        return count;
    }
}
