using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Generator.Pdf.Fonts;
using Generator.Pdf.Output;
using PdfSharp.Pdf;

namespace Generator.Pdf.Drawing;

/// <summary>Writes one embedded font (PDF 32000 §9.7): a Type0 font with Identity-H encoding over a CIDFontType2 whose
/// character ids are the font's glyph ids (CIDToGIDMap /Identity), its descriptor, the HarfBuzz subset program (FontFile2,
/// glyph ids kept, no hinting), the widths of the glyphs drawn and a ToUnicode map; the subset tag comes from the glyphs.</summary>
internal static class CidFontWriter
{
    /// <summary>Fills <paramref name="type0"/> and adds the objects it refers to.</summary>
    public static void Write(PdfDocument document, PdfDictionary type0, LoadedFont font, DrawnCharacters drawn)
    {
        var file = font.File;
        var glyphs = new SortedSet<ushort>();
        foreach (var cp in drawn.InOrder)
            if (file.GlyphIndex(cp) is var g and not 0) glyphs.Add(g);
        var baseName = file.PostScriptName ?? "Font";
        var name = "/" + SubsetTag(baseName, glyphs) + "+" + baseName;

        var program = font.Subsetter.Subset(glyphs);
        var fontFile = Stream(document, PdfFileRewriter.Deflate(program));
        fontFile.Elements.SetInteger("/Length1", program.Length);

        var m = file.Metrics;
        var descriptor = Object(document);
        descriptor.Elements.SetName("/Type", "/FontDescriptor");
        descriptor.Elements.SetName("/FontName", name);
        descriptor.Elements.SetInteger("/Flags", 32);
        descriptor.Elements["/FontBBox"] = new PdfLiteral(string.Create(CultureInfo.InvariantCulture,
            $"[{m.BoundingBox[0]} {m.BoundingBox[1]} {m.BoundingBox[2]} {m.BoundingBox[3]}]"));
        descriptor.Elements.SetInteger("/ItalicAngle", 0);
        descriptor.Elements.SetInteger("/Ascent", m.Ascent);
        descriptor.Elements.SetInteger("/Descent", m.Descent);
        descriptor.Elements.SetInteger("/CapHeight", m.CapHeight);
        descriptor.Elements.SetInteger("/XHeight", m.XHeight);
        descriptor.Elements.SetInteger("/StemV", 0);
        descriptor.Elements.SetReference("/FontFile2", fontFile);

        var cidFont = Object(document);
        cidFont.Elements.SetName("/Type", "/Font");
        cidFont.Elements.SetName("/Subtype", "/CIDFontType2");
        cidFont.Elements.SetName("/BaseFont", name);
        cidFont.Elements["/CIDSystemInfo"] = new PdfLiteral("<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>");
        cidFont.Elements.SetReference("/FontDescriptor", descriptor);
        cidFont.Elements.SetInteger("/DW", 1000);
        cidFont.Elements["/W"] = new PdfLiteral(Widths(file, glyphs));
        cidFont.Elements.SetName("/CIDToGIDMap", "/Identity");

        var toUnicode = Stream(document, PdfFileRewriter.Deflate(ToUnicodeCMapWriter.Build(file, drawn.InOrder)));

        type0.Elements.SetName("/Type", "/Font");
        type0.Elements.SetName("/Subtype", "/Type0");
        type0.Elements.SetName("/BaseFont", name);
        type0.Elements.SetName("/Encoding", "/Identity-H");
        type0.Elements["/DescendantFonts"] = new PdfArray(document, cidFont.Reference!);
        type0.Elements.SetReference("/ToUnicode", toUnicode);
    }

    /// <summary>The /W array: runs of consecutive glyph ids with their widths; glyphs of the default width 1000 left out.</summary>
    internal static string Widths(TrueTypeFontFile file, IEnumerable<ushort> glyphs)
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

    /// <summary>Six capital letters from the font name and the glyphs (PDF 32000 §9.6.4): the same subset, the same tag.</summary>
    internal static string SubsetTag(string baseName, IEnumerable<ushort> glyphs)
    {
        var bytes = new List<byte>(Encoding.ASCII.GetBytes(baseName)) { 0 };
        foreach (var g in glyphs)
        {
            bytes.Add((byte)(g >> 8));
            bytes.Add((byte)g);
        }
        var hash = SHA256.HashData(bytes.ToArray());
        return string.Concat(hash.Take(6).Select(b => (char)('A' + b % 26)));
    }

    private static PdfDictionary Object(PdfDocument document)
    {
        var dict = new PdfDictionary(document);
        document.Internals.AddObject(dict);
        return dict;
    }

    private static PdfDictionary Stream(PdfDocument document, byte[] deflated)
    {
        var dict = Object(document);
        dict.CreateStream(deflated);
        dict.Elements.SetName("/Filter", "/FlateDecode");
        return dict;
    }
}
