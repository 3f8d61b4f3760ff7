using Generator.Pdf.Fonts;
using PdfSharp.Pdf;

namespace Generator.Pdf.Drawing;

/// <summary>The fonts of one PDF file: one Type0 font object per font of the chain that draws something, named /F0, /F1 …
/// by its place in the chain; records the characters drawn with each, and at the end writes the font objects.</summary>
/// <remarks>Character ids are the fonts' own glyph ids (CIDToGIDMap /Identity), so a page's content stream does not depend on
/// which other glyphs the file's subset holds.</remarks>
internal sealed class EmbeddedFonts(FontChain chain, PdfDocument document)
{
    private readonly Dictionary<int, (PdfDictionary Type0, DrawnCharacters Drawn)> used = [];

    /// <summary>Which font draws <paramref name="codePoint"/> and with which glyph; (0, 0) when none has it.</summary>
    public (int Font, ushort Glyph) Resolve(int codePoint) => chain.Resolve(codePoint);

    /// <summary>Advance width of <paramref name="glyph"/> of font <paramref name="font"/> in thousandths of an em (its /W entry).</summary>
    public int Width(int font, ushort glyph) => chain[font]!.File.GlyphWidth(glyph);

    /// <summary>Records that <paramref name="codePoint"/> is drawn with font <paramref name="font"/> and returns the font's
    /// object (created on first use), for the page's resources.</summary>
    public PdfDictionary Use(int font, int codePoint)
    {
        if (!used.TryGetValue(font, out var entry))
        {
            var type0 = new PdfDictionary(document);
            document.Internals.AddObject(type0);
            used[font] = entry = (type0, new DrawnCharacters());
        }
        entry.Drawn.Add(codePoint);
        return entry.Type0;
    }

    private static readonly byte[][] Names = [.. Enumerable.Range(0, 8).Select(i => System.Text.Encoding.ASCII.GetBytes(ResourceName(i)))];

    /// <summary>The resource name of font <paramref name="font"/> of the chain.</summary>
    public static string ResourceName(int font) => "/F" + font.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary><see cref="ResourceName"/> as ASCII bytes.</summary>
    public static ReadOnlySpan<byte> ResourceNameBytes(int font) => font < Names.Length ? Names[font] : System.Text.Encoding.ASCII.GetBytes(ResourceName(font));

    /// <summary>Writes every used font: subset program, widths, text map and name.</summary>
    public void Finish()
    {
        foreach (var (index, (type0, drawn)) in used.OrderBy(u => u.Key))
            CidFontWriter.Write(document, type0, chain[index]!, drawn);
    }
}
