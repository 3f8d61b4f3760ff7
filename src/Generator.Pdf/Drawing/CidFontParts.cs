using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Generator.Pdf.Fonts;
using Generator.Pdf.Fonts.Subsetting;
using Generator.Pdf.Output;

namespace Generator.Pdf.Drawing;

/// <summary>The pieces of one embedded font (PDF 32000 §9.7), made once per file: the subset name
/// (tag from the glyphs), the HarfBuzz subset (glyphs renumbered compactly, no hinting), the /W array of the
/// glyphs drawn, the descriptor's metrics and what the ToUnicode map is made of; <see cref="Output.StreamedPages"/>
/// writes them as a Type0 font with Identity-H encoding over a CIDFontType2 whose character ids are the original font's glyph
/// ids (so content streams, written before the subset, never depend on it), mapped to the subset's by the CIDToGIDMap stream.
/// The streams are compressed as they are written (<see cref="ZlibDeflate"/>'s buffer of the thread): dispose of the parts
/// then, which frees the subset program HarfBuzz holds.</summary>
/// <param name="BaseFont">The font's name with its subset tag, as a PDF name (<c>/ABCDEF+IPAexMincho</c>).</param>
/// <param name="Subset">The subset: its program (FontFile2, not compressed; its length is /Length1) and CIDToGIDMap.</param>
/// <param name="Widths">The /W array.</param>
/// <param name="Metrics">Bounding box, ascent, descent, cap and x height for the descriptor.</param>
/// <param name="Font">The font file, for the ToUnicode CMap (<see cref="WriteToUnicode"/>).</param>
/// <param name="Drawn">The code points drawn, in the order first drawn, for the ToUnicode CMap.</param>
/// <param name="Outlines">The font's leading outlines compressed before (<see cref="CompressedProgram"/>).</param>
internal sealed record CidFontParts(string BaseFont, FontSubset Subset, string Widths, FontDescriptorMetrics Metrics,
    TrueTypeFontFile Font, IReadOnlyList<int> Drawn, DeflatedOutlines Outlines) : IDisposable
{
    /// <summary>Leading outlines shorter than this are compressed with the rest: joining pieces costs bytes (~0.1 KB) and
    /// saves little time on a small program.</summary>
    internal const int LeastSharedOutlines = 16 * 1024;

    /// <summary>The parts of <paramref name="font"/> for the characters in <paramref name="drawn"/>; the glyphs of those in
    /// <paramref name="templateCharacters"/> (the document's <see cref="Generator.Model.Document.TemplateCharacters"/>) lead
    /// the subset, in the same order for every letter of the template.</summary>
    public static CidFontParts Of(LoadedFont font, DrawnCharacters drawn, string templateCharacters = "")
    {
        var file = font.File;
        var glyphs = Glyphs(file, drawn.InOrder);
        var baseName = file.PostScriptName ?? "Font";
        var leading = LeadingGlyphs(file, drawn.InOrder, templateCharacters);
        var subset = font.Subsetter.Subset(glyphs, leading);
        return new CidFontParts("/" + SubsetTag(baseName, glyphs, leading) + "+" + baseName, subset, WidthArray(file, glyphs), file.Metrics,
            file, drawn.InOrder, font.Outlines);
    }

    /// <summary>The font program (FontFile2) compressed, into this thread's buffer (<see cref="ZlibDeflate"/>): write it at once.
    /// When the leading glyphs' outlines are long enough, they are a piece compressed once for every letter that leads with
    /// them (<see cref="DeflatedOutlines"/>), joined with what comes before and after them, each compressed alone.</summary>
    public ReadOnlySpan<byte> CompressedProgram()
    {
        var program = Subset.Program;
        var (start, length) = Subset.LeadingOutlines();
        if (length < LeastSharedOutlines) return ZlibDeflate.CompressToScratch(program);
        var outlines = Outlines.Get(program.Slice(start, length), Subset.LeadingKey);
        return ZlibDeflate.Joined(program[..start], outlines, program[(start + length)..]);
    }

    /// <summary>The glyphs of the characters of <paramref name="codePoints"/> that <paramref name="templateCharacters"/> holds;
    /// null when it holds none.</summary>
    private static HashSet<ushort>? LeadingGlyphs(TrueTypeFontFile file, IReadOnlyList<int> codePoints, string templateCharacters)
    {
        if (templateCharacters.Length == 0) return null;
        var template = CharacterSets.GetValue(templateCharacters, text => [.. text.EnumerateRunes().Select(r => r.Value)]);
        var leading = new HashSet<ushort>(codePoints.Count);
        foreach (var cp in codePoints)
            if (template.Contains(cp) && file.GlyphIndex(cp) is var g and not 0) leading.Add(g);
        return leading;
    }

    /// <summary>Each template's characters as a set, made once per string (a batch's documents share one).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, HashSet<int>> CharacterSets = new();

    /// <summary>The glyphs of <paramref name="codePoints"/> in <paramref name="file"/>, ascending, each once, without .notdef.</summary>
    private static List<ushort> Glyphs(TrueTypeFontFile file, IReadOnlyList<int> codePoints)
    {
        var glyphs = new List<ushort>(codePoints.Count);
        foreach (var cp in codePoints)
            if (file.GlyphIndex(cp) is var g and not 0) glyphs.Add(g);
        glyphs.Sort();
        var kept = 0;
        for (var i = 0; i < glyphs.Count; i++)
            if (kept == 0 || glyphs[i] != glyphs[kept - 1]) glyphs[kept++] = glyphs[i];
        glyphs.RemoveRange(kept, glyphs.Count - kept);
        return glyphs;
    }

    /// <summary>Writes the ToUnicode CMap (not compressed) into <paramref name="into"/>.</summary>
    public void WriteToUnicode(PdfContentBuilder into) => ToUnicodeCMapWriter.Write(Font, Drawn, into);

    /// <summary>Frees the subset (<see cref="FontSubset.Dispose"/>).</summary>
    public void Dispose() => Subset.Dispose();

    /// <summary>The descriptor's /FontBBox array.</summary>
    public string BoundingBox => string.Create(CultureInfo.InvariantCulture,
        $"[{Metrics.BoundingBox[0]} {Metrics.BoundingBox[1]} {Metrics.BoundingBox[2]} {Metrics.BoundingBox[3]}]");

    /// <summary>The /W array: runs of consecutive glyph ids with their widths; glyphs of the default width 1000 left out.</summary>
    internal static string WidthArray(TrueTypeFontFile file, IEnumerable<ushort> glyphs)
    {
        var text = new StringBuilder("[");
        var previous = -2;
        foreach (var glyph in glyphs)
        {
            var width = file.GlyphWidth(glyph);
            if (width == 1000) continue;
            if (glyph != previous + 1)
            {
                if (previous >= 0) text.Append(']');
                text.Append(CultureInfo.InvariantCulture, $"{glyph}[");
            }
            else text.Append(' ');
            text.Append(width.ToString(CultureInfo.InvariantCulture));
            previous = glyph;
        }
        if (previous >= 0) text.Append(']');
        return text.Append(']').ToString();
    }

    /// <summary>Six capital letters from the font name, the glyphs and which of them lead (PDF 32000 §9.6.4): the same subset,
    /// numbered alike, the same tag; the same glyphs numbered otherwise, another tag.</summary>
    internal static string SubsetTag(string baseName, IEnumerable<ushort> glyphs, IReadOnlySet<ushort>? leading = null)
    {
        var bytes = new List<byte>(baseName.Length + 3 + 4 * (glyphs.TryGetNonEnumeratedCount(out var count) ? count : 0));
        bytes.AddRange(Encoding.ASCII.GetBytes(baseName));
        bytes.Add(0);
        foreach (var g in glyphs)
        {
            bytes.Add((byte)(g >> 8));
            bytes.Add((byte)g);
        }
        if (leading is { Count: > 0 })
        {
            bytes.AddRange([0xFF, 0xFF]); // no glyph id: the leading glyphs follow (nothing follows for a subset without)
            foreach (var g in glyphs.Where(leading.Contains))
            {
                bytes.Add((byte)(g >> 8));
                bytes.Add((byte)g);
            }
        }
        var hash = SHA256.HashData(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes));
        return string.Concat(hash.Take(6).Select(b => (char)('A' + b % 26)));
    }
}
