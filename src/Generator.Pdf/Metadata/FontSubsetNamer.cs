using PdfSharp.Pdf;

namespace Generator.Pdf.Metadata;

/// <summary>Replaces the random six-letter subset tag PDFsharp gives an embedded font ("ABCDEF+IPAexMincho", from a new GUID)
/// with one derived from the document's content.</summary>
internal static class FontSubsetNamer
{
    /// <summary>Renames every embedded subset font of <paramref name="pdf"/>: Type0 and CIDFont /BaseFont, descriptor /FontName.</summary>
    public static void Apply(PdfDocument pdf, DeterministicIdentifiers ids)
    {
        foreach (var obj in pdf.Internals.GetAllObjects())
        {
            if (obj is not PdfDictionary dict) continue;
            var key = dict.Elements.GetName("/Type") == "/FontDescriptor" ? "/FontName" : dict.Elements.GetName("/Type") == "/Font" ? "/BaseFont" : null;
            if (key is null) continue;
            var name = dict.Elements.GetName(key);
            if (name.Length < 8 || name[7] != '+') continue;
            var baseName = name[8..];
            dict.Elements.SetName(key, "/" + ids.SubsetTag(baseName) + "+" + baseName);
        }
    }
}
