namespace Generator.Pdf.Tests;

/// <summary>What pdftotext extracts: exactly the document's text, line-broken as the line breaker breaks it, in reading order.</summary>
public class PdfTextTests
{
    [Fact]
    public void CircularTextEqualsTheLineBrokenDocumentText()
    {
        var document = TestDocuments.Circular();
        var pages = ExternalTool.PdfToTextRaw(PdfFiles.Write(document, "circular-text"));

        var actual = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), pages[i][^1].Trim()); // footer
            actual.AddRange(pages[i][..^1].Select(Normalise));
        }
        var expected = ExpectedLines.For(document).Select(Normalise).ToList();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("circular")]
    [InlineData("table-and-kinsoku.txt")]
    public void PageLinesAreWhatPdftotextExtracts(string fixture)
    {
        var document = TestDocuments.Fixture(fixture);
        var extracted = ExternalTool.PdfToTextRaw(PdfFiles.Write(document, "page-lines-" + fixture));
        var lines = new PdfWriter().PageLines(document);
        Assert.Equal(lines.Count, extracted.Count);
        for (var i = 0; i < lines.Count; i++)
            Assert.Equal(lines[i].Select(Normalise), extracted[i].Select(Normalise));
    }

    /// <summary>Trims, and reads U+3000 as a space: poppler prints the ideographic space as U+0020 although the ToUnicode
    /// CMap maps its glyph to U+3000 (see ToUnicodeCMapTests).</summary>
    private static string Normalise(string line) => line.Replace('\u3000', ' ').Trim();

    [Fact]
    public void CircularHasThreePagesNumberedInTheFooter()
    {
        var path = PdfFiles.Write(TestDocuments.Circular(), "circular-pages");
        var (_, info) = ExternalTool.Run("pdfinfo", path);
        Assert.Matches(@"Pages:\s+3\n", info);
        var pages = ExternalTool.PdfToTextRaw(path);
        Assert.Equal(["1", "2", "3"], pages.Select(p => p[^1].Trim()));
    }

    [Theory]
    [InlineData("circular")]
    [InlineData("table-and-kinsoku.txt")]
    public void NoExtractedLineViolatesKinsoku(string fixture)
    {
        var document = TestDocuments.Fixture(fixture);
        var pages = ExternalTool.PdfToTextRaw(PdfFiles.Write(document, "kinsoku-" + fixture));
        var lines = pages.SelectMany(p => p[..^1]).ToList(); // without the page numbers
        Assert.True(lines.Count > 20);
        Assert.Empty(KinsokuChecker.Violations(lines));
    }

    [Fact]
    public void SharedGlyphsExtractAsTheCharactersWritten()
    {
        // 工 (U+5DE5) and the Kangxi radical ⼯ (U+2F2F) share one glyph in IPAex明朝; 加工 must come back as U+52A0 U+5DE5
        var document = TestDocuments.Parse("　匿名加工医療情報を加工する。𠀋は拡張漢字です。");
        var text = string.Join("\n", ExternalTool.PdfToTextRaw(PdfFiles.Write(document, "shared-glyphs")).SelectMany(p => p));
        Assert.Contains("匿名\u52A0\u5DE5医療情報を\u52A0\u5DE5する。", text);
        Assert.DoesNotContain("\u2F2F", text);
        Assert.Contains("\U0002000Bは拡張漢字です。", text);
    }

    [Fact]
    public void TableHeaderIsRepeatedOnTheNextPage()
    {
        var document = TestDocuments.Parse(TestDocuments.Read("table-and-kinsoku.txt"));
        var pages = ExternalTool.PdfToTextRaw(PdfFiles.Write(document, "table-header"));
        Assert.True(pages.Count >= 3);
        Assert.Equal("項目 内容", pages[1][0].Trim());
        Assert.Equal("項目 内容", pages[2][0].Trim());
    }
}
