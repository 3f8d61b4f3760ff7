using Generator.Batch;
using Generator.Batch.Artifacts;
using Generator.Core.Tests.Support;
using Generator.Layout;
using Generator.Model;
using Generator.Pdf;
using Generator.Writers;
using Generator.Writers.Text;

namespace Generator.Core.Tests.Batch;

/// <summary>Issue 17: print.pdf takes the pages each recipient's PDF drew (<see cref="BatchLetter.Drawn"/>) instead of laying
/// every letter out and drawing it a second time — the same bytes; where no PDF was drawn in the run (no pdf format,
/// letters reused from the previous run) it lays the documents out itself, as before.</summary>
public sealed class PrintBundleDrawnPagesTests
{
    private static readonly Dictionary<string, object?> Notice = new() { ["sender"] = "北海道知事", ["title"] = "取扱いについて（通知）" };

    /// <summary>Recipients, one of them with an MJ文字 (𠮷, drawn with IPAmj明朝).</summary>
    private static readonly List<BatchItem> Items =
        [.. new[] { "札幌市", "𠮷岡町", "函館市", "小樽市" }.Select((name, i) => new BatchItem($"{i + 1:D6} {name}", $"{i + 1:D6}_{name}",
            new Dictionary<string, object?> { ["code"] = $"{i + 1:D6}", ["name"] = name, ["head_title"] = "長" }))];

    /// <summary>Runs the batch with <paramref name="writers"/> and print.pdf; what print.pdf became and, per letter, whether it came with drawn pages.</summary>
    private static (byte[] Print, List<bool> Drawn) Run(string dir, IReadOnlyList<IDocumentWriter> writers, bool skipUnchanged = false)
    {
        var watch = new DrawnWatch(new PrintBundleWriter(new PdfWriter(), "batch-letter"));
        new BatchRunner(TestRendering.Tests, writers, new BatchOptions { Parallelism = 2, Artifacts = [watch], SkipUnchanged = skipUnchanged })
            .Run("batch-letter", Notice, Items, dir);
        return (File.ReadAllBytes(Path.Combine(dir, PrintBundleWriter.FileName)), watch.Drawn);
    }

    [Fact]
    public void Print_pdf_from_the_letters_drawn_pages_is_the_print_pdf_laid_out_again_and_the_fallbacks_still_make_it()
    {
        var dir = TempFolder.NewPath("drawn-print", create: false);
        var (drawn, withPages) = Run(dir, [new PdfWriter()]);
        Assert.Equal([true, true, true, true], withPages); // every letter handed its PDF's pages to print.pdf

        // no pdf among the formats: nothing drawn, print.pdf lays the documents out — the same bytes
        var (laidOut, noPages) = Run(TempFolder.NewPath("txt-print", create: false), [new PlainTextWriter()]);
        Assert.Equal([false, false, false, false], noPages);
        Assert.Equal(laidOut, drawn);

        // every letter reused from the previous run: nothing drawn, the same bytes again
        var (reused, reusedPages) = Run(dir, [new PdfWriter()], skipUnchanged: true);
        Assert.Equal([false, false, false, false], reusedPages);
        Assert.Equal(drawn, reused);

        var print = Path.Combine(dir, PrintBundleWriter.FileName);
        Assert.DoesNotContain("WARNING", ExternalTool.RunChecked("qpdf", ["--check", print]));
        Assert.Contains("+IPAmjMincho ", ExternalTool.RunChecked("pdffonts", [print]), StringComparison.Ordinal);
        var text = ExternalTool.RunChecked("pdftotext", ["-raw", "-enc", "UTF-8", print, "-"]);
        Assert.Contains("𠮷岡町長", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_print_pdf_the_letters_keep_no_drawn_pages()
    {
        // --no-print with address labels: the labels take no drawn pages, so no letter keeps a copy of its pages for nothing
        var watch = new DrawnWatch(new AddressLabelBatchWriter(new PdfWriter(), "batch-letter"));
        new BatchRunner(TestRendering.Tests, [new PdfWriter()], new BatchOptions { Parallelism = 2, Artifacts = [watch] })
            .Run("batch-letter", Notice, Items, TempFolder.NewPath("labels-only", create: false));
        Assert.Equal([false, false, false, false], watch.Drawn);
    }

    [Fact]
    public void The_print_feed_writes_the_pages_the_letter_drew_without_laying_its_document_out()
    {
        var writer = new PdfWriter();
        var drawnOnly = SampleTemplates.ParseSample("@to 𠮷田町長\n@honorific 様\n@title 描いた頁\n　描いた頁だけが束に入ります。", "test");
        var notDrawn = SampleTemplates.ParseSample("@to 札幌市長\n@honorific 様\n@title 組み直した頁\n　組み直すと入ります。", "test");
        var text = PrintText(new PrintBundleWriter(new PdfWriter(), "test"), notDrawn, writer.WriteKeepingPages(drawnOnly, new MemoryStream()));
        Assert.Contains("描いた頁", text, StringComparison.Ordinal);
        Assert.DoesNotContain("組み直した頁", text, StringComparison.Ordinal);
    }

    public static TheoryData<string> Settings => ["default", "docx-font", "style"];

    [Theory]
    [MemberData(nameof(Settings))]
    public void The_catalogs_print_pdf_takes_the_pages_of_the_recipients_pdf_writer(string kind)
    {
        // what the CLI and Studio make: the recipients' writer from WriterCatalog, print.pdf from ArtifactCatalog
        var seal = PngImage.TryRead(File.ReadAllBytes(RepositoryRoot.Combine("styles", "seal.png")))!;
        var settings = kind switch
        {
            "docx-font" => new WriterSettings(null, "ＭＳ ゴシック", "Arial"),
            "style" => new WriterSettings(null, Style: Generator.Layout.PageLayoutOptions.Default with
            {
                LinesPerPage = 30,
                Letterhead = new Letterhead(["北海道保健福祉部"], null, 0, LineAlignment.Center, 10),
                Seal = new SealImage(seal, 15),
            }),
            _ => new WriterSettings(null),
        };
        var letterWriter = (PdfWriter)WriterCatalog.Create("pdf", settings);
        var print = ArtifactCatalog.For("test", ["pdf"], settings, new ArtifactChoices { Print = true }, Notice).OfType<PrintBundleWriter>().Single();
        var drawnOnly = SampleTemplates.ParseSample("@to 𠮷田町長\n@honorific 様\n@seal affixed\n@from 北海道知事\n@title 描いた頁\n　描いた頁だけが束に入ります。", "test");
        var notDrawn = SampleTemplates.ParseSample("@to 札幌市長\n@honorific 様\n@title 組み直した頁\n　組み直すと入ります。", "test");
        var pages = letterWriter.WriteKeepingPages(drawnOnly, new MemoryStream());

        var text = PrintText(print, notDrawn, pages);
        Assert.Contains("描いた頁", text, StringComparison.Ordinal); // taken as drawn: the same options and fonts
        Assert.DoesNotContain("組み直した頁", text, StringComparison.Ordinal);
    }

    /// <summary>The text of print.pdf made of one letter whose document is <paramref name="document"/> and whose PDF drew <paramref name="drawn"/>.</summary>
    private static string PrintText(PrintBundleWriter print, Document document, DrawnPages drawn)
    {
        var staging = TempFolder.NewPath("drawn-feed");
        var item = new BatchItem("000001 札幌市", "000001_札幌市", new Dictionary<string, object?>());
        using (var feed = print.Begin(staging, CancellationToken.None))
        {
            feed.Add(new BatchLetter(new BatchItemResult(1, item, [], "fingerprint", false), document) { Drawn = drawn });
            feed.Finish(CancellationToken.None);
        }
        return ExternalTool.RunChecked("pdftotext", ["-raw", "-enc", "UTF-8", Path.Combine(staging, PrintBundleWriter.FileName), "-"]);
    }

    /// <summary>Passes every letter on to print.pdf, noting whether it came with the pages its PDF drew.</summary>
    private sealed class DrawnWatch(IBatchArtifactWriter inner) : IBatchArtifactWriter
    {
        public List<bool> Drawn { get; } = [];

        public string Name => inner.Name;

        public bool TakesDrawnPages => inner.TakesDrawnPages;

        public IBatchArtifactFeed Begin(string stagingDirectory, CancellationToken cancellationToken) =>
            new Feed(this, inner.Begin(stagingDirectory, cancellationToken));

        private sealed class Feed(DrawnWatch owner, IBatchArtifactFeed inner) : IBatchArtifactFeed
        {
            public void Add(BatchLetter letter)
            {
                owner.Drawn.Add(letter.Drawn is not null);
                inner.Add(letter);
            }

            public IReadOnlyList<RunFile> Finish(CancellationToken cancellationToken) => inner.Finish(cancellationToken);

            public void Dispose() => inner.Dispose();
        }
    }
}
