using Generator.Pdf;
using Generator.Pdf.Drawing;
using Generator.Pdf.Fonts;
using Generator.Pdf.Output;

namespace Generator.Benchmarks;

/// <summary>Managed bytes allocated per PDF letter on one thread (<c>-- alloc pdf [count]</c>): the whole write, and the parts
/// the issue 17 profile pointed at (layout, drawing, font subset, compression, font objects), each averaged over
/// <c>count</c> calls after a warm-up. <see cref="GC.GetAllocatedBytesForCurrentThread"/> counts every byte, whatever the
/// machine's load, so the figures compare across builds exactly.</summary>
internal static class PdfAllocPerLetter
{
    /// <summary>Prints the bytes allocated per call of each part.</summary>
    public static void Run(int count)
    {
        var writer = new PdfWriter();
        var letter = BenchmarkDocuments.Letter();
        using var output = new MemoryStream(256 * 1024);
        Print("whole letter (WritePaged)", count, () => { output.SetLength(0); writer.WritePaged(letter, output); });
        Print("letter kept for print.pdf (WriteKeepingPages)", count, () => { output.SetLength(0); writer.WriteKeepingPages(letter, output); });
        Print("  layout", count, () => writer.Layout(letter));
        var layout = writer.Layout(letter);
        Print("  drawing the pages (content compressed)", count, () => writer.BeginBundle(Stream.Null).Add(layout, []));
        Print("  drawing, fonts and file", count, () => { var b = writer.BeginBundle(Stream.Null); b.Add(layout, []); b.Finish(letter.Metadata); });
        var font = FontRegistry.Get(FontLocator.Locate(null));
        var drawn = new DrawnCharacters();
        foreach (var rune in string.Concat(letter.AllText()).EnumerateRunes().Select(r => r.Value).Distinct()) drawn.Add(rune);
        var glyphs = drawn.InOrder.Select(font.File.GlyphIndex).Where(g => g != 0).Distinct().Order().ToList();
        Print("  font subset (HarfBuzz)", count, () => font.Subsetter.Subset(glyphs).Dispose());
        var cmap = new PdfContentBuilder(); // as a file's builder, reused
        Print("  font objects' parts (CidFontParts.Of), streams compressed", count, () =>
        {
            using var parts = CidFontParts.Of(font, drawn);
            ZlibDeflate.CompressToScratch(parts.Subset.Program);
            ZlibDeflate.CompressRunsToScratch(parts.Subset.CidToGidMap());
            cmap.Clear();
            parts.WriteToUnicode(cmap);
            ZlibDeflate.CompressToScratch(cmap.Written);
        });
        Print("  ToUnicode CMap built into a builder reused", count, () => { cmap.Clear(); ToUnicodeCMapWriter.Write(font.File, drawn.InOrder, cmap); });
        Print("  /W array", count, () => CidFontParts.WidthArray(font.File, glyphs));
        var content = new byte[20_000];
        new Random(1).NextBytes(content.AsSpan(0, 4000));
        Print("  zlib of a 20 KB content stream (kept)", count, () => ZlibDeflate.Compress(content));
    }

    private static void Print(string what, int count, Action action)
    {
        for (var i = 0; i < 20; i++) action(); // warm-up: JIT, font load, pools
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < count; i++) action();
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / count;
        Console.WriteLine($"{what}: {bytes:N0} bytes allocated per call");
    }
}
