using System.Collections.Immutable;
using Generator.Pdf.Fonts;

namespace Generator.Pdf.Drawing;

/// <summary>The fonts of one PDF file: which font of the chain draws each character, named /F0, /F1 … by its place in the
/// chain, and the characters drawn with each; the file writer turns each used font into its objects at the end
/// (<see cref="CidFontParts"/>).</summary>
/// <remarks>Character ids are the fonts' own glyph ids (each subset's CIDToGIDMap maps them to its compact ids), so a page's
/// content stream does not depend on which other glyphs the file's subset holds.</remarks>
internal sealed class EmbeddedFonts(FontChain chain)
{
    private readonly SortedDictionary<int, DrawnCharacters> used = [];

    /// <summary>Which font draws <paramref name="codePoint"/> and with which glyph; (0, 0) when none has it.</summary>
    public (int Font, ushort Glyph) Resolve(int codePoint) => chain.Resolve(codePoint);

    /// <summary>Advance width of <paramref name="glyph"/> of font <paramref name="font"/> in thousandths of an em (its /W entry).</summary>
    public int Width(int font, ushort glyph) => chain[font]!.File.GlyphWidth(glyph);

    /// <summary>Records that <paramref name="codePoint"/> is drawn with font <paramref name="font"/>.</summary>
    public void Use(int font, int codePoint)
    {
        if (!used.TryGetValue(font, out var drawn)) used[font] = drawn = new DrawnCharacters();
        drawn.Add(codePoint);
    }

    /// <summary>Records characters drawn elsewhere (<see cref="DrawnPages.Characters"/>): per font, in the order first drawn —
    /// the same as drawing them here, in that order.</summary>
    public void Use(IEnumerable<(int Font, ImmutableArray<int> CodePoints)> characters)
    {
        foreach (var (font, codePoints) in characters)
            foreach (var codePoint in codePoints) Use(font, codePoint);
    }

    /// <summary>What was drawn so far: per font (chain index, ascending), the code points in the order first drawn.</summary>
    public ImmutableArray<(int Font, ImmutableArray<int> CodePoints)> Drawn() =>
        [.. used.Select(u => (u.Key, ImmutableArray.CreateRange(u.Value.InOrder)))];

    /// <summary>The fonts drawn with so far, by chain index in ascending order, and what each drew.</summary>
    public IEnumerable<(int Index, LoadedFont Font, DrawnCharacters Drawn)> Used =>
        used.Select(u => (u.Key, chain[u.Key]!, u.Value));

    private static readonly byte[][] Names = [.. Enumerable.Range(0, 8).Select(i => System.Text.Encoding.ASCII.GetBytes(ResourceName(i)))];

    /// <summary>The resource name of font <paramref name="font"/> of the chain.</summary>
    public static string ResourceName(int font) => "/F" + font.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary><see cref="ResourceName"/> as ASCII bytes.</summary>
    public static ReadOnlySpan<byte> ResourceNameBytes(int font) => font < Names.Length ? Names[font] : System.Text.Encoding.ASCII.GetBytes(ResourceName(font));
}
