using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>Issue 14 part A: the house style (--style style.yaml, style: in notice.yaml, --reference-docx) through the real CLI.</summary>
[Collection("cli")]
public sealed class HouseStyleTests
{
    private const string Office = "styles/office-36.yaml";

    /// <summary>The circular's sample notice with the seal affixed (and optionally more lines).</summary>
    private static string SealedNotice(string dir, string extra = "")
    {
        var path = Path.Combine(dir, "notice.yaml");
        File.WriteAllText(path, extra + File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "templates/circular/notice.yaml")).Replace("senders:", "seal: affixed\nsenders:"));
        return path;
    }

    private static (string Docx, string Pdf) Render(string dir, params string[] options)
    {
        var (exit, _, error) = CliRunner.Run(["render", "circular", "--format", "docx,pdf", "--out", dir, .. options]);
        Assert.True(exit == 0, error);
        return (Path.Combine(dir, "circular.docx"), Path.Combine(dir, "circular.pdf"));
    }

    [Fact]
    public void Office_style_prints_letterhead_dashed_page_numbers_and_the_seal_in_the_pdf()
    {
        var dir = CliRunner.TempDir();
        var (_, pdf) = Render(Path.Combine(dir, "out"), "--data", SealedNotice(dir), "--style", Office);

        var lines = PdfTools.Lines(pdf);
        Assert.Equal("北海道保健福祉部地域医療推進局", lines[0]);
        Assert.Contains("- 1 -", lines);
        Assert.Contains("- 2 -", lines);
        Assert.DoesNotContain("（公印省略）", lines);
        Assert.Single(lines, l => l == "北海道保健福祉部地域医療推進局"); // page 1 only
        // the seal: one image (with its transparency mask) drawn once per sender, all on page 1
        var (exit, images, error) = ExternalTool.Run("pdfimages", "-list", pdf);
        Assert.True(exit == 0, error);
        var rows = images.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(4, rows.Count(r => r[2] == "image" && r[0] == "1"));
        Assert.Equal(4, rows.Count(r => r[2] == "smask"));
        PdfTools.AssertQpdfClean(pdf);
    }

    [Fact]
    public void Office_style_docx_has_the_letterhead_header_the_seal_anchor_and_the_grid()
    {
        var dir = CliRunner.TempDir();
        var (docx, _) = Render(Path.Combine(dir, "out"), "--data", SealedNotice(dir), "--style", Office);

        using var word = WordprocessingDocument.Open(docx, false);
        var main = word.MainDocumentPart!;
        var section = main.Document!.Body!.Elements<SectionProperties>().Single();
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var header = (HeaderPart)main.GetPartById(section.Elements<HeaderReference>().Single(r => r.Type!.Value == HeaderFooterValues.First).Id!);
        Assert.Equal(["北海道保健福祉部地域医療推進局", "〒060-8588　札幌市中央区北3条西6丁目　電話 011-231-4111"],
            header.Header!.Descendants<Paragraph>().Select(p => p.InnerText));
        // 40 × 36 between margins of 35/25/25/25 mm
        var grid = section.GetFirstChild<DocGrid>()!;
        Assert.InRange(grid.LinePitch!.Value, (int)((297 - 60) * 1440 / 25.4 / 36) - 1, (int)((297 - 60) * 1440 / 25.4 / 36) + 1);
        Assert.Equal(1417, (int)section.GetFirstChild<PageMargin>()!.Left!.Value);
        // the seal: the committed PNG, floating over each sender's line
        var seal = Assert.Single(main.ImageParts);
        using (var stream = seal.GetStream()) Assert.Equal(File.ReadAllBytes(Path.Combine(CliRunner.RepoRoot, "styles/seal.png")), ReadAll(stream));
        var senders = main.Document.Body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Sender").ToList();
        Assert.Equal(4, senders.Count);
        Assert.All(senders, p => Assert.Single(p.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Anchor>()));
        // footers: 「- PAGE -」 on every page, page 1 included
        Assert.All(main.FooterParts, f => Assert.Equal("- 1 -", f.Footer!.InnerText.Replace(" PAGE ", "")));
        Assert.Equal(2, main.FooterParts.Count());
    }

    [Fact]
    public void Without_seal_affixed_the_office_style_keeps_the_seal_omitted_note()
    {
        var dir = CliRunner.TempDir();
        var (docx, pdf) = Render(dir, "--style", Office);
        Assert.Equal(4, PdfTools.Lines(pdf).Count(l => l == "（公印省略）"));
        var (_, images, _) = ExternalTool.Run("pdfimages", "-list", pdf);
        Assert.Equal(2, images.Split('\n').Count(l => l.Trim().Length > 0)); // the two header lines of the listing only
        using var word = WordprocessingDocument.Open(docx, false);
        Assert.Empty(word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Anchor>());
    }

    [Fact]
    public void A_style_file_that_changes_nothing_gives_the_same_bytes_as_no_style()
    {
        var dir = CliRunner.TempDir();
        var style = Path.Combine(dir, "a4.yaml");
        File.WriteAllText(style, "paper: A4\nmargins: { top: 35, bottom: 30, left: 30, right: 30 }\ngrid: { characters: 40, lines: 36 }\npage_number: \"1\"\n");
        var (docxA, pdfA) = Render(Path.Combine(dir, "plain"));
        var (docxB, pdfB) = Render(Path.Combine(dir, "styled"), "--style", style);
        Assert.Equal(File.ReadAllBytes(pdfA), File.ReadAllBytes(pdfB));
        Assert.Equal(File.ReadAllBytes(docxA), File.ReadAllBytes(docxB));
    }

    [Theory]
    [InlineData("1/3", "1/2", "2/2")]
    [InlineData("none", null, null)]
    public void Page_number_formats_reach_both_writers(string format, string? first, string? second)
    {
        var dir = CliRunner.TempDir();
        var style = Path.Combine(dir, "style.yaml");
        File.WriteAllText(style, $"page_number: {(format == "none" ? "none" : $"\"{format}\"")}\n");
        var (docx, pdf) = Render(Path.Combine(dir, "out"), "--style", style);
        var lines = PdfTools.Lines(pdf);
        using var word = WordprocessingDocument.Open(docx, false);
        if (first is null)
        {
            Assert.DoesNotContain(lines, l => l is "1" or "2");
            Assert.Empty(word.MainDocumentPart!.FooterParts);
            return;
        }
        Assert.Contains(first, lines);
        Assert.Contains(second!, lines);
        var codes = word.MainDocumentPart!.FooterParts.Single().Footer!.Descendants<FieldCode>().Select(c => c.Text.Trim());
        Assert.Equal(["PAGE", "NUMPAGES"], codes);
    }

    [Fact]
    public void Number_and_date_alignment_and_title_size_and_weight_reach_both_writers()
    {
        var dir = CliRunner.TempDir();
        var style = Path.Combine(dir, "style.yaml");
        File.WriteAllText(style, "alignment: { number: left, date: center }\ntitle: { size: 10, bold: true }\n");
        var (exit, _, error) = CliRunner.Run("render", "forwarding-notice", "--recipient", "011002", "--format", "docx,pdf", "--style", style, "--out", dir);
        Assert.True(exit == 0, error);

        var words = Words(Directory.GetFiles(dir, "*.pdf").Single());
        var left = 30 * 72 / 25.4;
        Assert.Equal(left, words.First(w => w.Text.StartsWith("保福第1234号", StringComparison.Ordinal)).XMin, 0.5);
        var date = words.First(w => w.Text.StartsWith("平成30年", StringComparison.Ordinal));
        Assert.InRange((date.XMin + words.Where(w => Math.Abs(w.YMin - date.YMin) < 1).Max(w => w.XMax)) / 2, 297.6 - 3, 297.6 + 3); // centred on the page

        using var word = WordprocessingDocument.Open(Directory.GetFiles(dir, "*.docx").Single(), false);
        var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(st => st.StyleId!.Value!);
        Assert.Equal(JustificationValues.Left, styles["DocumentNumber"].StyleParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal(JustificationValues.Center, styles["DateLine"].StyleParagraphProperties!.Justification!.Val!.Value);
        var title = styles["Title"].StyleRunProperties!;
        Assert.NotNull(title.Bold);
        Assert.Equal("20", title.FontSize!.Val!.Value);
    }

    [Fact]
    public void Notice_style_key_names_a_style_relative_to_the_notice()
    {
        var dir = CliRunner.TempDir();
        File.Copy(Path.Combine(CliRunner.RepoRoot, "styles/seal.png"), Path.Combine(dir, "seal.png"));
        File.WriteAllText(Path.Combine(dir, "house.yaml"), "letterhead: { lines: [札幌市総務局] }\nseal: { image: seal.png }\n");
        var (_, pdf) = Render(Path.Combine(dir, "out"), "--data", SealedNotice(dir, "style: house.yaml\n"));
        Assert.Equal("札幌市総務局", PdfTools.Lines(pdf)[0]);
    }

    [Fact]
    public void A_reference_docx_made_in_LibreOffice_sets_margins_font_size_and_letterhead_of_both_writers()
    {
        var dir = CliRunner.TempDir();
        // an office's Word file: 20 mm margins, 12 pt body, a 20 pt line pitch, a first-page header; saved again by LibreOffice
        var made = Path.Combine(dir, "made", "office.docx");
        Directory.CreateDirectory(Path.GetDirectoryName(made)!);
        WriteReference(made);
        var reference = LibreOffice.Convert(dir, made, "docx:MS Word 2007 XML", "docx");
        var (docx, pdf) = Render(Path.Combine(dir, "out"), "--reference-docx", reference);

        using (var word = WordprocessingDocument.Open(docx, false))
        {
            var section = word.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
            var margin = section.GetFirstChild<PageMargin>()!;
            Assert.Equal(1134, (int)margin.Left!.Value);
            Assert.Equal(1134, margin.Top!.Value);
            Assert.Equal("24", word.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.FontSize!.Val!.Value);
        }
        // PDF: the letterhead on page 1; text starts 20 mm from the left edge; 12 pt glyphs on a 40-character grid (170 mm / 12 pt = 39)
        Assert.Equal("○○市総務部総務課", PdfTools.Lines(pdf)[0]);
        var words = Words(pdf);
        var date = words.First(w => w.Text.StartsWith("各都道府県", StringComparison.Ordinal));
        Assert.Equal(20 * 72 / 25.4, date.XMin, 0.5);
        // pdftotext's word box is the font's ascent + descent: 1.195 em for IPAex明朝, 14.3 pt at 12 pt (12.5 at the default 10.5)
        Assert.Equal(12 * 1.195, date.YMax - date.YMin, 0.3);
        // and LibreOffice's rendering of our DOCX agrees on the page count
        var theirs = LibreOffice.ToPdf(Path.Combine(dir, "lo"), docx).Single();
        Assert.Equal(PdfTools.Pages(theirs), PdfTools.Pages(pdf));
        var theirDate = Words(theirs).First(w => w.Text.StartsWith("各都道府県", StringComparison.Ordinal));
        Assert.Equal(date.XMin, theirDate.XMin, 1.5); // LibreOffice sets the first glyph about 1 pt into its grid cell
    }

    [Theory]
    [InlineData("style-unknown-key", "paper: A4\nmargin: { top: 30 }\n")]
    [InlineData("style-bad-values", "paper: A5\ngrid: { characters: 40.5, lines: many }\ntitle: { bold: yes }\npage_number: 1 of 3\n")]
    [InlineData("style-does-not-fit", "font: { size: 12 }\ngrid: { characters: 45 }\n")]
    [InlineData("style-missing-seal", "seal: { image: no-such-seal.png }\n")]
    [InlineData("style-seal-not-png", "seal: { image: notice.yaml }\n")]
    [InlineData("style-letterhead-too-tall", "letterhead: { lines: [一, 二, 三, 四, 五, 六, 七], top: 15 }\n")]
    [InlineData("style-not-yaml", "paper: [A4\n")]
    public void A_wrong_style_file_is_refused_at_its_line_and_nothing_is_written(string name, string yaml)
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "notice.yaml"), "x: 1\n");
        var style = Path.Combine(dir, "style.yaml");
        File.WriteAllText(style, yaml);
        var outDir = Path.Combine(dir, "out");
        var (exit, _, error) = CliRunner.Run("render", "circular", "--format", "docx,pdf", "--style", style, "--out", outDir);
        Assert.Equal(1, exit);
        Assert.False(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any());
        ErrorGolden.AssertMatches(name, error, dir);
    }

    [Fact]
    public void A_letterhead_character_the_pdf_font_lacks_is_refused_before_anything_is_written()
    {
        var dir = CliRunner.TempDir();
        var style = Path.Combine(dir, "style.yaml");
        File.WriteAllText(style, "letterhead: { lines: [健康推進課😀] }\n");
        var (exit, _, error) = CliRunner.Run("render", "circular", "--format", "docx,pdf", "--style", style, "--out", Path.Combine(dir, "out"));
        Assert.Equal(1, exit);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
        // the font's path depends on the machine
        ErrorGolden.AssertMatches("style-letterhead-missing-glyph", System.Text.RegularExpressions.Regex.Replace(error, @"PDF font (\S+) \([^)]*\)", "PDF font $1 (<font>)"), dir);
    }

    [Fact]
    public void A_reference_docx_that_is_not_a_word_file_is_refused()
    {
        var dir = CliRunner.TempDir();
        var bad = Path.Combine(dir, "office.docx");
        File.WriteAllText(bad, "not a zip");
        var (exit, _, error) = CliRunner.Run("render", "circular", "--format", "pdf", "--reference-docx", bad, "--out", Path.Combine(dir, "out"));
        Assert.Equal(1, exit);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
        ErrorGolden.AssertMatches("style-reference-not-docx", error, dir);
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static List<PdfWordBox> Words(string pdf)
    {
        var (exit, html, error) = ExternalTool.Run("pdftotext", "-f", "1", "-l", "1", "-bbox", pdf, "-");
        Assert.True(exit == 0, error);
        return [.. System.Text.RegularExpressions.Regex.Matches(html, "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>")
            .Select(m => new PdfWordBox(System.Net.WebUtility.HtmlDecode(m.Groups[5].Value), D(m.Groups[1].Value), D(m.Groups[3].Value), D(m.Groups[2].Value), D(m.Groups[4].Value)))];
        static double D(string v) => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed record PdfWordBox(string Text, double XMin, double XMax, double YMin, double YMax);

    /// <summary>A minimal Word file as an office would keep it: page setup, 12 pt ＭＳ 明朝, a first-page header.</summary>
    private static void WriteReference(string path)
    {
        using var word = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Century", HighAnsi = "Century", EastAsia = "ＭＳ 明朝" }, new FontSize { Val = "24" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        var header = main.AddNewPart<HeaderPart>("rIdH");
        header.Header = new Header(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(new Text("○○市総務部総務課"))));
        const int Mm20 = 1134;
        main.Document = new Document(new Body(
            new Paragraph(new Run(new Text("本文"))),
            new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.First, Id = "rIdH" },
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = Mm20, Bottom = Mm20, Left = Mm20, Right = Mm20, Header = 567, Footer = 567, Gutter = 0 },
                new TitlePage(),
                new DocGrid { Type = DocGridValues.Lines, LinePitch = 400 })));
    }
}
