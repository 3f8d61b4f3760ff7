using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Generator.Layout;
using Generator.Pdf.Drawing;
using Generator.Pdf.Fonts.Subsetting;

namespace Generator.Pdf.Output;

/// <summary>Puts drawn pages straight into a <see cref="PdfObjectStream"/>: each page's content stream and page object are
/// written as soon as the page is drawn, so a bundle of any size never holds more than one page. Every page names one
/// shared resource dictionary (the fonts and images of the whole file), written at the end with the fonts — their subsets
/// then hold every glyph the file drew, and content streams need no change since character ids are the original font's glyph
/// ids (each font's CIDToGIDMap maps them to its subset).</summary>
internal sealed class StreamedPages
{
    private readonly PdfObjectStream file;
    private readonly Dictionary<int, int> fonts = [];
    private readonly SortedDictionary<string, int> images = new(StringComparer.Ordinal);
    private readonly List<int> kids = [];
    private readonly PdfContentBuilder text = TakeText(); // dictionaries, and a ToUnicode CMap (5 KB for a letter)

    /// <summary>The builder a finished file of this thread gave back, or a new one (issue 17: not 8 KB more per letter).</summary>
    [ThreadStatic] private static PdfContentBuilder? spareText;
    private List<DrawnPage>? kept;

    /// <summary>Pages into <paramref name="file"/>; the page tree and the shared resources get their numbers now.</summary>
    public StreamedPages(PdfObjectStream file)
    {
        this.file = file;
        PageTree = file.Reserve();
        Resources = file.Reserve();
    }

    /// <summary>Object number of the page tree root.</summary>
    public int PageTree { get; }

    /// <summary>Object number of the resource dictionary every page shares.</summary>
    public int Resources { get; }

    /// <summary>Pages written so far.</summary>
    public int Count => kids.Count;

    /// <summary>Takes one drawn page: its size in points, its content stream (not yet compressed), the fonts it names
    /// (chain indices, ascending) and the images it names (resource name and image, in name order).</summary>
    public void AddPage(double width, double height, ReadOnlySpan<byte> content, IReadOnlyCollection<int> pageFonts,
        IReadOnlyList<(string Name, PngImage Image)> pageImages)
    {
        var page = new DrawnPage(width, height, ImmutableCollectionsMarshal.AsImmutableArray(ZlibDeflate.Compress(content)),
            [.. pageFonts], [.. pageImages]);
        Add(page);
        kept?.Add(page);
    }

    /// <summary>Writes a page drawn before (here, or for another file drawn alike: <see cref="DrawnPages"/>) with its
    /// compressed content as it is: the page and content objects, and the first use of its fonts and images.</summary>
    public void Add(DrawnPage page)
    {
        foreach (var index in page.Fonts)
            if (!fonts.ContainsKey(index)) fonts.Add(index, file.Reserve());
        foreach (var (name, png) in page.Images)
            if (!images.ContainsKey(name)) images.Add(name, PdfImageObjects.Write(file, png));
        var contentNumber = file.Reserve();
        file.Stream(contentNumber, "/Filter/FlateDecode"u8, page.Content.AsSpan());
        var number = file.Reserve();
        text.Clear();
        text.Raw("<</Type/Page/Parent "u8).Integer(PageTree).Raw("0 R/MediaBox[0 0 "u8).Number(page.Width).Number(page.Height)
            .Raw("]/Resources "u8).Integer(Resources).Raw("0 R/Contents "u8).Integer(contentNumber).Raw("0 R>>"u8);
        file.Object(number, text.Written);
        kids.Add(number);
    }

    /// <summary>From now on, keeps every page drawn here (<see cref="AddPage"/>) for <see cref="Kept"/>.</summary>
    public void KeepPages() => kept ??= [];

    /// <summary>The pages drawn here since <see cref="KeepPages"/>, in order; empty when not keeping.</summary>
    public ImmutableArray<DrawnPage> Kept => kept is null ? [] : [.. kept];

    /// <summary>Takes pages copied from another PDF (<see cref="ImportedPages"/>): their objects, already written, name
    /// <see cref="PageTree"/> as their parent.</summary>
    public void AddImported(IEnumerable<int> pageObjects) => kids.AddRange(pageObjects);

    /// <summary>Writes the fonts <paramref name="embedded"/> used, the shared resources and the page tree; the glyphs of
    /// <paramref name="templateCharacters"/> lead each font subset (<see cref="CidFontParts.Of"/>).</summary>
    public void Finish(EmbeddedFonts embedded, string templateCharacters = "")
    {
        foreach (var (index, font, drawn) in embedded.Used)
        {
            using var parts = CidFontParts.Of(font, drawn, templateCharacters);
            WriteFont(fonts[index], parts);
        }

        text.Clear();
        text.Raw("<<"u8);
        if (fonts.Count > 0)
        {
            text.Raw("/Font<<"u8);
            foreach (var (index, number) in fonts.OrderBy(f => f.Key))
                text.Raw(EmbeddedFonts.ResourceNameBytes(index)).Raw((byte)' ').Integer(number).Raw("0 R"u8);
            text.Raw(">>"u8);
        }
        if (images.Count > 0)
        {
            text.Raw("/XObject<<"u8);
            foreach (var (name, number) in images)
                text.Raw(System.Text.Encoding.ASCII.GetBytes(name)).Raw((byte)' ').Integer(number).Raw("0 R"u8);
            text.Raw(">>"u8);
        }
        text.Raw(">>"u8);
        file.Object(Resources, text.Written);

        text.Clear();
        text.Raw("<</Type/Pages/Count "u8).Integer(kids.Count).Raw("/Kids["u8);
        foreach (var kid in kids) text.Integer(kid).Raw("0 R "u8);
        text.Raw("]>>"u8);
        file.Object(PageTree, text.Written);
        if (text.Capacity <= 64 * 1024) spareText = text; // this file writes no more with it
    }

    private static PdfContentBuilder TakeText()
    {
        var builder = spareText ?? new PdfContentBuilder(8 * 1024);
        spareText = null; // another file of this thread opened meanwhile (print.pdf beside labels.pdf) makes its own
        builder.Clear();
        return builder;
    }

    private void WriteFont(int type0, CidFontParts parts)
    {
        var cidFont = file.Reserve();
        var descriptor = file.Reserve();
        var program = file.Reserve();
        var toUnicode = file.Reserve();
        var cidToGid = file.Reserve();
        var name = System.Text.Encoding.ASCII.GetBytes(parts.BaseFont);
        var m = parts.Metrics;

        text.Clear();
        var subset = parts.Subset.Program;
        text.Raw("/Length1 "u8).Integer(subset.Length).Raw("/Filter/FlateDecode"u8);
        file.Stream(program, text.Written, parts.CompressedProgram());

        text.Clear();
        text.Raw("<</Type/FontDescriptor/FontName"u8).Raw(name).Raw("/Flags 32/FontBBox"u8)
            .Raw(System.Text.Encoding.ASCII.GetBytes(parts.BoundingBox)).Raw("/ItalicAngle 0/Ascent "u8).Integer(m.Ascent)
            .Raw("/Descent "u8).Integer(m.Descent).Raw("/CapHeight "u8).Integer(m.CapHeight).Raw("/XHeight "u8).Integer(m.XHeight)
            .Raw("/StemV 0/FontFile2 "u8).Integer(program).Raw("0 R>>"u8);
        file.Object(descriptor, text.Written);

        text.Clear();
        text.Raw("<</Type/Font/Subtype/CIDFontType2/BaseFont"u8).Raw(name)
            .Raw("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor "u8).Integer(descriptor)
            .Raw("0 R/DW 1000/W"u8).Raw(System.Text.Encoding.ASCII.GetBytes(parts.Widths)).Raw("/CIDToGIDMap "u8).Integer(cidToGid).Raw("0 R>>"u8);
        file.Object(cidFont, text.Written);

        file.Stream(cidToGid, "/Filter/FlateDecode"u8, CompressedCidToGidMap(parts.Subset));

        text.Clear();
        parts.WriteToUnicode(text);
        file.Stream(toUnicode, "/Filter/FlateDecode"u8, ZlibDeflate.CompressToScratch(text.Written));

        text.Clear();
        text.Raw("<</Type/Font/Subtype/Type0/BaseFont"u8).Raw(name).Raw("/Encoding/Identity-H/DescendantFonts["u8)
            .Integer(cidFont).Raw("0 R]/ToUnicode "u8).Integer(toUnicode).Raw("0 R>>"u8);
        file.Object(type0, text.Written);
    }

    /// <summary>The CIDToGIDMap, made in a pooled buffer and compressed into the thread's (<see cref="ZlibDeflate"/>): write it at once.</summary>
    private static ReadOnlySpan<byte> CompressedCidToGidMap(FontSubset subset)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(subset.CidToGidMapLength);
        try
        {
            var map = buffer.AsSpan(0, subset.CidToGidMapLength);
            subset.WriteCidToGidMap(map);
            return ZlibDeflate.CompressRunsToScratch(map);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
