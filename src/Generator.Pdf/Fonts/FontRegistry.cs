using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Generator.Pdf.Fonts;

/// <summary>A loaded font: its parsed file, its PDFsharp face name and the coverage used to refuse missing glyphs.</summary>
/// <param name="File">The parsed TrueType file (cmap, widths).</param>
/// <param name="FaceName">The name under which <see cref="EmbeddedFontResolver"/> serves it.</param>
/// <param name="Coverage">Which characters it has.</param>
internal sealed record LoadedFont(TrueTypeFontFile File, string FaceName, TrueTypeCoverage Coverage)
{
    /// <summary>A PDFsharp font of <paramref name="sizePt"/> points, Unicode-encoded and subset-embedded; <paramref name="bold"/>
    /// is simulated (the glyphs stroked as well as filled), as Word does for a 明朝 without a bold face.</summary>
    public XFont CreateXFont(double sizePt, bool bold = false) =>
        new(FaceName, sizePt, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset));
}

/// <summary>Loads each font file once per process and registers it with the PDFsharp resolver; thread-safe.</summary>
internal static class FontRegistry
{
    private static readonly ConcurrentDictionary<string, Lazy<LoadedFont>> Fonts = new(StringComparer.Ordinal);

    /// <summary>The font at <paramref name="path"/>, loaded on first use.</summary>
    public static LoadedFont Get(string path) =>
        Fonts.GetOrAdd(Path.GetFullPath(path), p => new Lazy<LoadedFont>(() => Load(p))).Value;

    private static LoadedFont Load(string path)
    {
        var file = TrueTypeFontFile.Load(path);
        var pathHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(path)))[..12];
        var faceName = $"GeneratorFont-{pathHash}-{Path.GetFileNameWithoutExtension(path)}";
        EmbeddedFontResolver.Instance.Register(faceName, file.Bytes);
        return new LoadedFont(file, faceName, new TrueTypeCoverage(file));
    }
}
