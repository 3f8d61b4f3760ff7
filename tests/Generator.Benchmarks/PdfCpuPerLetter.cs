using System.Diagnostics;
using Generator.Pdf;

namespace Generator.Benchmarks;

/// <summary>CPU time per PDF letter on one thread (<c>-- cpu pdf [count]</c>): process CPU time over many writes, which a busy
/// shared machine disturbs far less than BenchmarkDotNet's wall-clock figures; also the parts (layout, font subset, compression;
/// skipped with CPU_PARTS=0).</summary>
internal static class PdfCpuPerLetter
{
    /// <summary>Writes the forwarding-notice letter and the circular repeatedly and prints milliseconds of CPU per document.</summary>
    public static void Run(int count)
    {
        var writer = new PdfWriter();
        foreach (var (name, document) in new[] { ("letter", BenchmarkDocuments.Letter()), ("circular", BenchmarkDocuments.Circular()) })
        {
            using var output = new MemoryStream(256 * 1024);
            for (var i = 0; i < 50; i++) Write(writer, document, output); // warm-up: JIT, font load
            Console.WriteLine($"{name}: {Measure(count, () => Write(writer, document, output)):F3} ms CPU per PDF, {output.Length} bytes; "
                + $"layout alone {Measure(count, () => writer.Layout(document)):F3} ms");
            // the same without its template's characters: every font program compressed whole, as for a run's first letter
            var alone = document with { TemplateCharacters = "" };
            Console.WriteLine($"{name}, font program compressed whole: {Measure(count, () => Write(writer, alone, output)):F3} ms CPU per PDF, {output.Length} bytes");
        }
        if (Environment.GetEnvironmentVariable("CPU_PARTS") == "0") return;
        var font = Generator.Pdf.Fonts.FontRegistry.Get(Generator.Pdf.Fonts.FontLocator.Locate(null));
        var glyphs = string.Concat(BenchmarkDocuments.Letter().AllText()).EnumerateRunes().Select(r => font.File.GlyphIndex(r.Value)).Where(g => g != 0).Distinct().Order().ToList();
        byte[] subset = [];
        Console.WriteLine($"font subset of {glyphs.Count} glyphs: {Measure(count, () => { using var made = font.Subsetter.Subset(glyphs); subset = made.Program.ToArray(); }):F3} ms, {subset.Length} bytes; "
            + $"zlib optimal {Measure(count, () => Generator.Pdf.Output.ZlibDeflate.Compress(subset)):F3} ms ({Generator.Pdf.Output.ZlibDeflate.Compress(subset).Length} bytes)");
        var letter = BenchmarkDocuments.Letter();
        var layout = writer.Layout(letter);
        Console.WriteLine($"draw, fonts and file (no layout): {Measure(count, () => { var b = writer.BeginBundle(Stream.Null); b.Add(layout, []); b.Finish(letter.Metadata); }):F3} ms");
        Console.WriteLine($"  of which drawing the pages (content streams compressed): {Measure(count, () => writer.BeginBundle(Stream.Null).Add(layout, [])):F3} ms");
        using var pdf = new MemoryStream();
        writer.Write(letter, pdf);
        var contents = PdfLetterParts.Objects(pdf.ToArray()).Where(o => o.Kind == PdfLetterParts.Content).Select(o => o.Decoded).ToList();
        Console.WriteLine($"zlib optimal of the {contents.Count} content streams ({contents.Sum(c => c.Length)} bytes): "
            + $"{Measure(count, () => contents.ForEach(c => Generator.Pdf.Output.ZlibDeflate.Compress(c))):F3} ms");
        var drawn = string.Concat(letter.AllText()).EnumerateRunes().Select(r => r.Value).Distinct().ToList();
        var drawnCharacters = new Generator.Pdf.Drawing.DrawnCharacters();
        drawn.ForEach(drawnCharacters.Add);
        Console.WriteLine($"font objects' parts (subset, compressed program, CIDToGIDMap, ToUnicode, /W): {Measure(count, () => FontParts(font, drawnCharacters)):F3} ms");
        Console.WriteLine($"ToUnicode CMap, built and compressed: {Measure(count, () => Generator.Pdf.Output.ZlibDeflate.Compress(Generator.Pdf.Drawing.ToUnicodeCMapWriter.Build(font.File, drawn))):F3} ms");
        byte[] map;
        using (var made = font.Subsetter.Subset(glyphs)) map = made.CidToGidMap();
        var toUnicode = Generator.Pdf.Drawing.ToUnicodeCMapWriter.Build(font.File, drawn);
        foreach (var (part, data) in new[] { ("font program", new List<byte[]> { subset }), ("content streams", contents),
                     ("CIDToGIDMap", [map]), ("ToUnicode", [toUnicode]) })
            for (var level = 1; level <= 9; level++)
            {
                var size = 0L;
                var options = new System.IO.Compression.ZLibCompressionOptions { CompressionLevel = level };
                // small streams take hundredths of a millisecond: 40 times the calls, or a round is shorter than the clock's tick
                var calls = part == "font program" ? count : count * 40;
                Console.WriteLine($"{part} zlib level {level}: {Measure(calls, () => size = data.Sum(d => Deflate(d, options))):F4} ms, {size} bytes");
                if (level < 9) continue;
                options.CompressionStrategy = System.IO.Compression.ZLibCompressionStrategy.RunLengthEncoding; // the same at every level
                Console.WriteLine($"{part} zlib run-length strategy: {Measure(calls, () => size = data.Sum(d => Deflate(d, options))):F4} ms, {size} bytes");
            }
    }

    /// <summary>What a file's font objects take before they are written: the parts, and their streams compressed.</summary>
    private static void FontParts(Generator.Pdf.Fonts.LoadedFont font, Generator.Pdf.Drawing.DrawnCharacters drawn)
    {
        using var parts = Generator.Pdf.Drawing.CidFontParts.Of(font, drawn);
        Generator.Pdf.Output.ZlibDeflate.CompressToScratch(parts.Subset.Program);
        Generator.Pdf.Output.ZlibDeflate.CompressRunsToScratch(parts.Subset.CidToGidMap());
        var cmap = new Generator.Pdf.Drawing.PdfContentBuilder();
        parts.WriteToUnicode(cmap);
        Generator.Pdf.Output.ZlibDeflate.CompressToScratch(cmap.Written);
    }

    private static long Deflate(byte[] data, System.IO.Compression.ZLibCompressionOptions options)
    {
        using var output = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(output, options, true)) zlib.Write(data);
        return output.Length;
    }

    private static void Write(PdfWriter writer, Generator.Model.Document document, MemoryStream output)
    {
        output.SetLength(0);
        writer.Write(document, output);
    }

    /// <summary>The least CPU time per call over ten rounds of <paramref name="count"/>/10 calls (the round least disturbed by
    /// other processes on a shared machine), garbage collection included.</summary>
    private static double Measure(int count, Action action)
    {
        var best = double.MaxValue;
        var process = Process.GetCurrentProcess();
        for (var round = 0; round < 10; round++)
        {
            GC.Collect();
            process.Refresh();
            var start = process.TotalProcessorTime;
            for (var i = 0; i < count / 10; i++) action();
            process.Refresh();
            best = Math.Min(best, (process.TotalProcessorTime - start).TotalMilliseconds / (count / 10));
        }
        return best;
    }
}
