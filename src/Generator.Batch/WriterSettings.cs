using Generator.Layout;

namespace Generator.Batch;

/// <summary>Settings for writers that come from the front end (e.g. --font, --docx-font).</summary>
/// <param name="FontPath">The TrueType font file for PDF; null for the default font.</param>
/// <param name="EastAsianFont">East-Asian font name written into DOCX; null or blank for the default.</param>
/// <param name="LatinFont">Latin font name written into DOCX; null or blank for the default.</param>
public sealed record WriterSettings(string? FontPath, string? EastAsianFont = null, string? LatinFont = null)
{
    /// <summary>What the output depends on besides the document: the PDF font file (path and content hash) and the DOCX font names.</summary>
    public string Fingerprint()
    {
        var font = FontPath is not null && File.Exists(FontPath)
            ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(FontPath)))
            : "default";
        return $"font={FontPath}:{font};docx={Layout.EastAsianFontName}/{Layout.LatinFontName}";
    }

    /// <summary>The page layout with the DOCX font names given on the command line.</summary>
    public PageLayoutOptions Layout => PageLayoutOptions.Default with
    {
        EastAsianFontName = string.IsNullOrWhiteSpace(EastAsianFont) ? PageLayoutOptions.Default.EastAsianFontName : EastAsianFont,
        LatinFontName = string.IsNullOrWhiteSpace(LatinFont) ? PageLayoutOptions.Default.LatinFontName : LatinFont,
    };
}
