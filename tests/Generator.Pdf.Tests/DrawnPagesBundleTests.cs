using Generator.Layout;
using Generator.Model;

namespace Generator.Pdf.Tests;

/// <summary>Issue 17: a print bundle takes the pages a letter's own PDF drew (<see cref="PdfWriter.WriteKeepingPages"/>,
/// <see cref="PdfBundleStream.TryAdd"/>) instead of laying the letter out and drawing it again — and writes the same bytes
/// as laying it out, MJ文字 (IPAmj明朝) and the seal image included; pages it cannot take as they are are refused untouched.</summary>
public sealed class DrawnPagesBundleTests
{
    private static readonly DocumentMetadata Metadata = new("一括印刷：試験", "北海道保健福祉部長", "5件", new DateOnly(2018, 7, 10), "print:test");

    private static Document Mj() => TestDocuments.Parse("@to 𠮷田𩸽子\n@honorific 様\n@title 𠮷野の𩸽と𣏌について\n　本文です。𠮷");

    private static Document Sealed(string to) =>
        TestDocuments.Parse($"@date 平成30年7月10日\n@to {to}\n@honorific 様\n@seal affixed\n@from 北海道知事　𠮷田一郎\n@title 公印の試験\n　本文です。");

    /// <summary>A house style with a letterhead and the seal (公印) of styles/seal.png.</summary>
    private static PdfWriterOptions SealStyle()
    {
        var png = PngImage.TryRead(File.ReadAllBytes(RepositoryRoot.Combine("styles", "seal.png")))!;
        return new PdfWriterOptions
        {
            Layout = PageLayoutOptions.Default with
            {
                Letterhead = new Letterhead(["北海道保健福祉部", "〒060-8588　札幌市中央区北3条西6丁目"], null, 0, LineAlignment.Center, 10),
                Seal = new SealImage(png, 15),
            },
        };
    }

    public static TheoryData<string> Styles => ["plain", "seal"];

    [Theory]
    [MemberData(nameof(Styles))]
    public void A_bundle_of_drawn_pages_is_byte_identical_to_the_bundle_laid_out_again(string style)
    {
        var options = style == "seal" ? SealStyle() : PdfWriterOptions.Default;
        Document[] letters = style == "seal"
            ? [TestDocuments.Circular(), Sealed("札幌市長"), Mj(), Sealed("函館市長"), TestDocuments.Fixture("table-and-kinsoku.txt")]
            : [Mj(), TestDocuments.Circular(), TestDocuments.Fixture("table-and-kinsoku.txt"), Mj(), TestDocuments.Circular()];

        var laidOut = Bundle(new PdfWriter(options), bundle => { foreach (var letter in letters) bundle.Add(letter); });

        // the letters are written by one writer (as a batch's recipients' PDFs are) and bundled by another, alike
        var letterWriter = new PdfWriter(options);
        var drawn = letters.Select(letter =>
        {
            using var file = new MemoryStream();
            var pages = letterWriter.WriteKeepingPages(letter, file);
            Assert.Equal(PdfFiles.Bytes(letter, options), file.ToArray()); // the letter's own PDF is unchanged
            Assert.Equal(new PdfWriter(options).PageLines(letter).Count, pages.PageCount);
            return pages;
        }).ToList();
        var taken = Bundle(new PdfWriter(options), bundle =>
        {
            for (var i = 0; i < letters.Length; i++) Assert.True(bundle.TryAdd(drawn[i], letters[i].AllText()), $"letter {i} refused");
        });

        Assert.Equal(laidOut, taken);
        var path = Path.Combine(TempFolder.NewPath("drawn-bundle"), style + ".pdf");
        File.WriteAllBytes(path, taken);
        var (code, check) = ExternalTool.Run("qpdf", "--check", path);
        Assert.True(code == 0, check);
        Assert.DoesNotContain("WARNING", check);
        var (_, fonts) = ExternalTool.Run("pdffonts", path);
        Assert.Contains("+IPAexMincho ", fonts, StringComparison.Ordinal);
        Assert.Contains("+IPAmjMincho ", fonts, StringComparison.Ordinal); // 𠮷 drawn by the fallback font
        if (style == "seal")
        {
            var (_, images) = ExternalTool.Run("pdfimages", "-list", path);
            Assert.Contains(" image ", images, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pages_drawn_with_other_options_or_fonts_are_refused_and_nothing_of_them_is_written()
    {
        var letter = TestDocuments.Circular();
        var expected = Bundle(new PdfWriter(), bundle => bundle.Add(letter));
        PdfWriterOptions[] others = [new() { PageNumbers = false }, new() { FallbackFontPaths = [] }, SealStyle()];
        foreach (var other in others)
        {
            var drawn = new PdfWriter(other).WriteKeepingPages(letter, new MemoryStream());
            var bytes = Bundle(new PdfWriter(), bundle =>
            {
                Assert.False(bundle.TryAdd(drawn, letter.AllText()));
                bundle.Add(letter);
            });
            Assert.Equal(expected, bytes);
        }
    }

    [Fact]
    public void Pages_whose_images_this_bundle_would_name_otherwise_are_refused()
    {
        var options = SealStyle();
        var sealedLetter = Sealed("札幌市長");
        var drawn = new PdfWriter(options).WriteKeepingPages(sealedLetter, new MemoryStream());
        Assert.Contains(drawn.Pages, p => p.Images.Any(i => i.Name == "/I0"));
        // the same pages, had the seal been the letter's second image: here it is the first, /I0
        var renamed = new DrawnPages(drawn.Options, drawn.Fonts,
            [.. drawn.Pages.Select(p => p with { Images = [.. p.Images.Select(i => (i.Name == "/I0" ? "/I1" : i.Name, i.Image))] })],
            drawn.Characters);
        var expected = Bundle(new PdfWriter(options), bundle => bundle.Add(sealedLetter));
        var bytes = Bundle(new PdfWriter(options), bundle =>
        {
            Assert.False(bundle.TryAdd(renamed, sealedLetter.AllText()));
            Assert.True(bundle.TryAdd(drawn, sealedLetter.AllText()));
        });
        Assert.Equal(expected, bytes);
    }

    private static byte[] Bundle(PdfWriter writer, Action<PdfBundleStream> add)
    {
        using var stream = new MemoryStream();
        var bundle = writer.BeginBundle(stream);
        add(bundle);
        bundle.Finish(Metadata);
        return stream.ToArray();
    }
}
