using Generator.Pdf.Metadata;

namespace Generator.Pdf.Output;

/// <summary>The stream edit made after PDFsharp saves: content-derived XMP identifiers.</summary>
internal sealed class PdfStreamFinisher(DeterministicIdentifiers ids)
{
    /// <summary>A <see cref="PdfFileRewriter.StreamTransform"/> applying the edits.</summary>
    public (string Dictionary, byte[] Data) Transform(string dictionary, byte[] data)
    {
        if (dictionary.Contains("/Type/Metadata", StringComparison.Ordinal))
            XmpIdentifierFixer.Apply(data, ids);
        return (dictionary, data);
    }
}
