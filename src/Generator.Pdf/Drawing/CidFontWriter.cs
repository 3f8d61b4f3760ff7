using PdfSharp.Pdf;

namespace Generator.Pdf.Drawing;

/// <summary>Writes one embedded font into a PDFsharp document: a Type0 font with Identity-H encoding over a CIDFontType2
/// whose character ids are the font's glyph ids (CIDToGIDMap /Identity), its descriptor, program and ToUnicode map, from
/// its <see cref="CidFontParts"/>. (<see cref="Output.StreamedPages"/> writes the same objects in a streamed file.)</summary>
internal static class CidFontWriter
{
    /// <summary>Fills <paramref name="type0"/> and adds the objects it refers to.</summary>
    public static void Write(PdfDocument document, PdfDictionary type0, CidFontParts parts)
    {
        var fontFile = Stream(document, parts.Program);
        fontFile.Elements.SetInteger("/Length1", parts.ProgramLength);

        var m = parts.Metrics;
        var descriptor = Object(document);
        descriptor.Elements.SetName("/Type", "/FontDescriptor");
        descriptor.Elements.SetName("/FontName", parts.BaseFont);
        descriptor.Elements.SetInteger("/Flags", 32);
        descriptor.Elements["/FontBBox"] = new PdfLiteral(parts.BoundingBox);
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
        cidFont.Elements.SetName("/BaseFont", parts.BaseFont);
        cidFont.Elements["/CIDSystemInfo"] = new PdfLiteral("<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>");
        cidFont.Elements.SetReference("/FontDescriptor", descriptor);
        cidFont.Elements.SetInteger("/DW", 1000);
        cidFont.Elements["/W"] = new PdfLiteral(parts.Widths);
        cidFont.Elements.SetName("/CIDToGIDMap", "/Identity");

        var toUnicode = Stream(document, parts.ToUnicode);

        type0.Elements.SetName("/Type", "/Font");
        type0.Elements.SetName("/Subtype", "/Type0");
        type0.Elements.SetName("/BaseFont", parts.BaseFont);
        type0.Elements.SetName("/Encoding", "/Identity-H");
        type0.Elements["/DescendantFonts"] = new PdfArray(document, cidFont.Reference!);
        type0.Elements.SetReference("/ToUnicode", toUnicode);
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
