using Generator.Docx;
using Generator.Pdf;

namespace Generator.Benchmarks;

/// <summary>Managed bytes a batch letter allocates in each stage (<c>-- alloc letter [count]</c>): the template rendered to
/// markup, the whole document made (render, parse, locate), its DOCX and its PDF (pages kept for print.pdf, as a batch
/// with print.pdf writes it), each averaged over <c>count</c> letters after a warm-up. A batch's gen-0 collections — which
/// stop every worker — come in proportion to these bytes (issue 17). <see cref="GC.GetAllocatedBytesForCurrentThread"/>
/// counts every byte whatever the machine's load, so the figures compare across builds exactly.</summary>
internal static class LetterAllocPerStage
{
    /// <summary>Prints the bytes allocated per letter in each stage, and their sum.</summary>
    public static void Run(int count)
    {
        var generator = BenchmarkDocuments.NewGenerator();
        var (notice, fields, label) = BenchmarkDocuments.LetterInputs();
        var letter = generator.Generate(BenchmarkDocuments.LetterTemplate, notice, fields, label);
        var docx = new DocxWriter();
        var pdf = new PdfWriter();
        using var output = new MemoryStream(256 * 1024);

        var render = Bytes(count, () => generator.RenderMarkup(BenchmarkDocuments.LetterTemplate, notice, fields, label));
        var document = Bytes(count, () => generator.Generate(BenchmarkDocuments.LetterTemplate, notice, fields, label));
        var word = Bytes(count, () => { output.SetLength(0); docx.Write(letter, output); });
        var pages = Bytes(count, () => { output.SetLength(0); pdf.WriteKeepingPages(letter, output); });
        Console.WriteLine($"forwarding-notice for {label}, bytes allocated per letter:");
        Console.WriteLine($"  template rendered to markup: {render,9:N0}");
        Console.WriteLine($"  document (render, parse):    {document,9:N0}");
        Console.WriteLine($"  DOCX:                        {word,9:N0}");
        Console.WriteLine($"  PDF, pages kept for print:   {pages,9:N0}");
        Console.WriteLine($"  document + DOCX + PDF:       {document + word + pages,9:N0}");
    }

    private static long Bytes(int count, Action action)
    {
        for (var i = 0; i < 20; i++) action(); // warm-up: JIT, font load, caches
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < count; i++) action();
        return (GC.GetAllocatedBytesForCurrentThread() - before) / count;
    }
}
