using Generator.HouseStyle;
using Generator.Layout;

namespace Generator.Batch;

/// <summary>Settings for writers that come from the front end (e.g. --font, --docx-font).</summary>
/// <param name="FontPath">The TrueType font file for PDF; null for the default font.</param>
/// <param name="EastAsianFont">East-Asian font name written into DOCX; null or blank for the default.</param>
/// <param name="LatinFont">Latin font name written into DOCX; null or blank for the default.</param>
/// <param name="Style">The resolved house style (--style, --reference-docx, the notice's style:); null for the built-in one.</param>
public sealed record WriterSettings(string? FontPath, string? EastAsianFont = null, string? LatinFont = null, PageLayoutOptions? Style = null)
{
    /// <summary>What the output depends on besides the document: the PDF font file (path and content hash), the PDF's
    /// fallback fonts (IPAmj明朝: path, size and time of change) and the DOCX font names.</summary>
    public string Fingerprint()
    {
        var font = FontPath is not null && File.Exists(FontPath)
            ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(FontPath)))
            : "default";
        return $"font={FontPath}:{font};docx={Layout.EastAsianFontName}/{Layout.LatinFontName}"
            + FallbackFonts()
            + (Style is null ? "" : $";style={HouseStyleResolver.Describe(Style)}");
    }

    /// <summary>The fallback fonts a PDF may draw with (empty when none is installed): a changed or newly installed file
    /// changes the fingerprint without reading the whole (46 MB) file.</summary>
    private static string FallbackFonts() =>
        string.Concat(Generator.Pdf.Fonts.FontLocator.LocateFallbacks().Select(path =>
        {
            var info = new FileInfo(path);
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $";fallback={path}:{info.Length}:{info.LastWriteTimeUtc.Ticks}");
        }));

    /// <summary>The page layout: the house style (or the built-in one) with the DOCX font names given on the command line.</summary>
    public PageLayoutOptions Layout => (Style ?? PageLayoutOptions.Default) with
    {
        EastAsianFontName = string.IsNullOrWhiteSpace(EastAsianFont) ? (Style ?? PageLayoutOptions.Default).EastAsianFontName : EastAsianFont,
        LatinFontName = string.IsNullOrWhiteSpace(LatinFont) ? (Style ?? PageLayoutOptions.Default).LatinFontName : LatinFont,
    };
}
