using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Layout;

namespace Generator.Docx.Tests;

/// <summary>Page set-up, settings, footer, document properties and reproducible bytes.</summary>
public sealed class PackageTests
{
    [Fact]
    public void Page_is_A4_with_the_margins_and_a_40_by_36_grid()
    {
        using var package = DocxPackage.Of(Samples.Circular);
        var section = package.Body.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((1984, 1701, 1701u, 1701u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        Assert.Equal(992u, margin.Footer!.Value); // 17.5 mm

        var grid = section.GetFirstChild<DocGrid>()!;
        Assert.Equal(DocGridValues.LinesAndChars, grid.Type!.Value);
        Assert.Equal(365, grid.LinePitch!.Value);
        Assert.Equal(532, grid.CharacterSpace!.Value);
        // Word's arithmetic: characters = ⌊text width / (font size + charSpace/4096)⌋, lines = ⌊text height / pitch⌋
        var pitchPt = 10.5 + grid.CharacterSpace.Value / 4096.0;
        Assert.Equal(40, (int)Math.Floor((11906 - 2 * 1701) / 20.0 / pitchPt));
        Assert.Equal(36, (16838 - 1984 - 1701) / grid.LinePitch.Value);
    }

    [Fact]
    public void Grid_follows_other_options()
    {
        var options = PageLayoutOptions.Default with { FontSizePt = 12, CharactersPerLine = 37, LinesPerPage = 26, MarginTopMm = 35, MarginBottomMm = 27, MarginRightMm = 20 };
        using var package = new DocxPackage(Samples.Render(Samples.Load(Samples.SingleAddressee), options));
        var section = package.Body.GetFirstChild<SectionProperties>()!;
        var grid = section.GetFirstChild<DocGrid>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        var textWidth = 11906 - (int)margin.Left!.Value - (int)margin.Right!.Value;
        var textHeight = 16838 - margin.Top!.Value - margin.Bottom!.Value;
        var pitchPt = 12 + grid.CharacterSpace!.Value / 4096.0;
        Assert.Equal(37, (int)Math.Floor(textWidth / 20.0 / pitchPt));
        Assert.True(textWidth / 20.0 / pitchPt < 37.01);
        Assert.Equal(26, textHeight / grid.LinePitch!.Value);
    }

    [Fact]
    public void Settings_are_Japanese_Word_defaults()
    {
        using var package = DocxPackage.Of(Samples.Circular);
        var settings = package.Word.MainDocumentPart!.DocumentSettingsPart!.Settings!;
        Assert.Equal(CharacterSpacingValues.DoNotCompress, settings.GetFirstChild<CharacterSpacingControl>()!.Val!.Value);
        Assert.Equal("ja-JP", settings.GetFirstChild<ThemeFontLanguages>()!.EastAsia!.Value);
        Assert.Equal("15", settings.Descendants<CompatibilitySetting>().Single(c => c.Name! == CompatSettingNameValues.CompatibilityMode).Val!.Value);
        Assert.Null(settings.GetFirstChild<Rsids>());
    }

    [Fact]
    public void Footer_centres_a_PAGE_field()
    {
        using var package = DocxPackage.Of(Samples.Circular);
        var main = package.Word.MainDocumentPart!;
        var reference = package.Body.GetFirstChild<SectionProperties>()!.GetFirstChild<FooterReference>()!;
        Assert.Equal(HeaderFooterValues.Default, reference.Type!.Value);
        var footer = ((DocumentFormat.OpenXml.Packaging.FooterPart)main.GetPartById(reference.Id!.Value!)).Footer!;
        var paragraph = footer.Elements<Paragraph>().Single();
        Assert.Equal("Footer", paragraph.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal(" PAGE ", paragraph.Descendants<FieldCode>().Single().Text);
        Assert.Equal([FieldCharValues.Begin, FieldCharValues.Separate, FieldCharValues.End],
            paragraph.Descendants<FieldChar>().Select(f => f.FieldCharType!.Value));
        Assert.Equal(JustificationValues.Center, package.Style("Footer").StyleParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void Core_properties_carry_metadata_and_the_documents_date()
    {
        using var package = DocxPackage.Of(Samples.Circular);
        var properties = package.Word.PackageProperties;
        Assert.Equal("医療分野の研究開発に資するための匿名加工医療情報に関する法律と個人情報の保護に関する条例との関係について（周知）", properties.Title);
        Assert.Equal("内閣府日本医療研究開発機構・医療情報基盤担当室参事官", properties.Creator);
        Assert.Equal("ja-JP", properties.Language);
        var expected = new DateTime(2018, 6, 29, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(expected, properties.Created!.Value.ToUniversalTime());
        Assert.Equal(expected, properties.Modified!.Value.ToUniversalTime());

        var core = ReadEntry(Samples.Render(Samples.Circular), "docProps/core.xml");
        Assert.Contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2018-06-29T00:00:00Z</dcterms:created>", core);
        Assert.Contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2018-06-29T00:00:00Z</dcterms:modified>", core);
    }

    [Fact]
    public void Document_without_date_uses_the_fixed_default_time()
    {
        var bytes = Samples.Render(Samples.Parse("本文です。\n"));
        Assert.Contains("2000-01-01T00:00:00Z", ReadEntry(bytes, "docProps/core.xml"));
        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2000, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Same_document_gives_the_same_bytes()
    {
        var document = Samples.Load(Samples.Circular);
        var first = Samples.Render(document);
        var second = Samples.Render(Samples.Load(Samples.Circular));
        Assert.Equal(first, second);

        // also through a stream that cannot seek (no data descriptors, same bytes)
        using var target = new ForwardOnlyStream();
        new DocxWriter().Write(document, target);
        Assert.Equal(first, target.Written.ToArray());
    }

    [Fact]
    public void Zip_entries_have_the_fixed_time_and_no_random_ids()
    {
        var bytes = Samples.Render(Samples.Circular);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.Equal(
            ["word/document.xml", "docProps/core.xml", "word/styles.xml", "word/settings.xml", "word/fontTable.xml",
             "word/footer1.xml", "_rels/.rels", "word/_rels/document.xml.rels", "[Content_Types].xml"],
            zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2018, 6, 29), e.LastWriteTime.DateTime));
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            var xml = reader.ReadToEnd();
            Assert.DoesNotContain("paraId", xml);
            Assert.DoesNotContain("textId", xml);
            Assert.DoesNotContain("rsid", xml);
            Assert.DoesNotContain(".psmdcp", xml);
        }
        Assert.Contains("Id=\"rId1\"", ReadEntry(bytes, "_rels/.rels"));
    }

    private static string ReadEntry(byte[] bytes, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>A write-only stream without seeking, like a network or pipe target.</summary>
    private sealed class ForwardOnlyStream : Stream
    {
        public MemoryStream Written { get; } = new();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);
    }
}
