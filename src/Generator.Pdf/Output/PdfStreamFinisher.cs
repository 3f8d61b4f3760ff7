using System.Globalization;
using System.Text.RegularExpressions;
using Generator.Pdf.Fonts;
using Generator.Pdf.Metadata;

namespace Generator.Pdf.Output;

/// <summary>The stream edits made after PDFsharp saves: a smaller font program and content-derived XMP identifiers.</summary>
internal sealed partial class PdfStreamFinisher(DeterministicIdentifiers ids)
{
    /// <summary>A <see cref="PdfFileRewriter.StreamTransform"/> applying the edits.</summary>
    public (string Dictionary, byte[] Data) Transform(string dictionary, byte[] data)
    {
        if (dictionary.Contains("/Length1", StringComparison.Ordinal))
        {
            var font = TrueTypeHintingStripper.Strip(data);
            return (Length1Pattern().Replace(dictionary, "/Length1 " + font.Length.ToString(CultureInfo.InvariantCulture), 1), font);
        }
        if (dictionary.Contains("/Type/Metadata", StringComparison.Ordinal))
            XmpIdentifierFixer.Apply(data, ids);
        return (dictionary, data);
    }

    [GeneratedRegex(@"/Length1 (\d+)")]
    private static partial Regex Length1Pattern();
}
