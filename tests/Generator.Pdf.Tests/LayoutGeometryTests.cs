using Generator.Layout;
using Generator.Model;
using Generator.Pdf.Layout;

namespace Generator.Pdf.Tests;

/// <summary>Geometry of the immutable layout results (before any pixels): grid, alignment, indents, pagination.</summary>
public class LayoutGeometryTests
{
    private static readonly PageLayoutOptions Page = PageLayoutOptions.Default;
    private static readonly double Left = PageLayoutOptions.MmToPt(Page.MarginLeftMm);
    private static readonly double Right = Left + Page.TextWidthPt;
    private static readonly double Top = PageLayoutOptions.MmToPt(Page.MarginTopMm);
    private static readonly double Pitch = Page.CharacterPitchPt;
    private static readonly double LinePitch = Page.LinePitchPt;
    private const double Tolerance = 0.01;

    private static DocumentLayout Lay(Document document) => new PdfWriter().Layout(document);

    private static List<(LaidOutPage Page, PlacedRow Row)> RowsOf<T>(DocumentLayout layout) where T : Block =>
        [.. layout.Pages.SelectMany(p => p.Rows.Where(r => r.Source is T).Select(r => (p, r)))];

    [Fact]
    public void GridIsFortyCharactersByThirtySixLinesOnA4()
    {
        Assert.Equal(150 * 72 / 25.4 / 40, Pitch, 6);    // 10.63 pt
        Assert.Equal(232 * 72 / 25.4 / 36, LinePitch, 6); // 18.27 pt
    }

    [Fact]
    public void DocumentNumberStartsTheFirstLineFlushRight()
    {
        var (page, row) = RowsOf<DocumentNumber>(Lay(TestDocuments.Circular()))[0];
        Assert.Equal(1, page.Number);
        Assert.Equal(Top, row.Top, Tolerance);
        var line = Assert.Single(row.Row.Lines);
        Assert.Equal("府医第36号", line.Text);
        Assert.Equal(Right, line.Right, Tolerance);
    }

    [Fact]
    public void SealOmittedNoteIsFlushRightUnderEachSender()
    {
        var rows = RowsOf<Sender>(Lay(TestDocuments.Circular()));
        Assert.Equal(8, rows.Count);
        for (var i = 0; i < rows.Count; i += 2)
        {
            Assert.Equal(Sender.SealOmittedText, rows[i + 1].Row.Row.Lines[0].Text);
            Assert.Equal(rows[i].Row.Top + LinePitch, rows[i + 1].Row.Top, Tolerance);
            Assert.Equal(Right, rows[i].Row.Row.Lines[0].Right, Tolerance);
            Assert.Equal(Right, rows[i + 1].Row.Row.Lines[0].Right, Tolerance);
        }
    }

    [Fact]
    public void WrappedOutlineItemHangsUnderItsText()
    {
        // level 1 「１．」 is 2 characters wide, level 2 「（１）」+「　」 4: tokens at 2, text and wrapped lines at 6
        var rows = RowsOf<OutlineItem>(Lay(TestDocuments.Circular()))
            .Where(r => ((OutlineItem)r.Row.Source).Label == "（１）").Take(2).ToList();
        Assert.StartsWith("（１）", rows[0].Row.Row.Lines[0].Text);
        Assert.Equal(Left + 2 * Pitch, rows[0].Row.Row.Lines[0].Left, Tolerance);
        Assert.Equal(Left + 6 * Pitch, rows[1].Row.Row.Lines[0].Left, Tolerance);
        Assert.Equal(Right, rows[0].Row.Row.Lines[0].Right, Tolerance); // justified to the right edge
    }

    [Fact]
    public void ParagraphIndentsItsFirstLineOneCharacterAndJustifiesAllButTheLast()
    {
        var rows = RowsOf<Paragraph>(Lay(TestDocuments.Circular()));
        var first = rows.Where(r => ReferenceEquals(r.Row.Source, rows[0].Row.Source)).Select(r => r.Row.Row.Lines[0]).ToList();
        Assert.Equal(Left + Pitch, first[0].Left, Tolerance);
        Assert.All(first.Skip(1), l => Assert.Equal(Left, l.Left, Tolerance));
        foreach (var line in first.Take(first.Count - 1))
        {
            var hang = "、。，．".Contains(line.Text[^1]) && line.Right > Right + Tolerance ? line.Runs[^1].Width : 0;
            Assert.Equal(Right, line.Right - hang, Tolerance);
        }
        Assert.True(first[^1].Right < Right); // the last line stays flush left
    }

    [Fact]
    public void FullWidthCharactersOfAFullLineSitOnGridCells()
    {
        var line = RowsOf<Paragraph>(Lay(TestDocuments.Circular()))
            .Select(r => r.Row.Row.Lines[0])
            .First(l => l.Runs.All(run => run.Width == Pitch) && l.Runs.Length == 40);
        for (var i = 0; i < line.Runs.Length; i++) Assert.Equal(Left + i * Pitch, line.Runs[i].X, Tolerance);
    }

    [Fact]
    public void EveryRowStartsOnTheLineGrid()
    {
        foreach (var page in Lay(TestDocuments.Parse(TestDocuments.Read("table-and-kinsoku.txt"))).Pages.Concat(Lay(TestDocuments.Circular()).Pages))
        {
            foreach (var row in page.Rows)
            {
                var lines = (row.Top - Top) / LinePitch;
                Assert.Equal(Math.Round(lines), lines, 6);
                Assert.True(row.Top + row.Row.Height <= Top + Page.TextHeightPt + Tolerance);
            }
        }
    }

    [Fact]
    public void SharedHonorificStandsOnceRightOfTheAddresseesBetweenTheirLines()
    {
        var (_, row) = Assert.Single(RowsOf<AddresseeGroup>(Lay(TestDocuments.Circular())));
        var lines = row.Row.Lines;
        Assert.Equal(["各都道府県・指定都市個人情報保護担当部局長", "殿", "各都道府県・指定都市保健福祉担当部局長"], lines.Select(l => l.Text));
        Assert.Equal(Left, lines[0].Left, Tolerance);
        Assert.Equal(Left, lines[2].Left, Tolerance);
        Assert.Equal(Math.Max(lines[0].Right, lines[2].Right) + Pitch, lines[1].Left, Tolerance);
        Assert.Equal((lines[0].Baseline + lines[2].Baseline) / 2, lines[1].Baseline, Tolerance);
    }

    [Fact]
    public void SingleAddresseeHasItsHonorificOnTheSameLine()
    {
        var (_, row) = Assert.Single(RowsOf<AddresseeGroup>(Lay(TestDocuments.Parse("@to ○○市長\n@honorific 様"))));
        Assert.Equal("○○市長　様", Assert.Single(row.Row.Lines).Text);
    }

    [Fact]
    public void ContactBoxIsOnTheRight()
    {
        var (_, row) = Assert.Single(RowsOf<ContactBlock>(Lay(TestDocuments.Circular())));
        Assert.Equal(2 * LinePitch, row.Row.Height, Tolerance);
        Assert.Equal(Right, row.Row.Rules.Max(r => Math.Max(r.X1, r.X2)), Tolerance);
        var boxLeft = row.Row.Rules.Min(r => Math.Min(r.X1, r.X2));
        // in the right half, and at least half the text width wide, as the DOCX writer sets the box
        Assert.True(boxLeft >= Left + Page.TextWidthPt / 2 - Tolerance);
        Assert.True(Right - boxLeft >= Page.TextWidthPt / 2 - Tolerance);
        Assert.All(row.Row.Lines, l => Assert.Equal(boxLeft + Pitch / 2, l.Left, Tolerance));
    }

    [Fact]
    public void TitleIsCentredAndNeverLastOnAPage()
    {
        // 34 blank lines leave two lines: the title would fit, but not with the first line of what follows it
        var markup = string.Concat(Enumerable.Repeat("@blank\n", 34)) + "@title 件名について（通知）\n@blank\n　本文です。\n";
        var layout = Lay(TestDocuments.Parse(markup));
        var (page, row) = Assert.Single(RowsOf<Title>(layout));
        Assert.Equal(2, page.Number);
        Assert.Equal(Top, row.Top, Tolerance);
        var line = row.Row.Lines[0];
        Assert.Equal(Left + Page.TextWidthPt / 2, (line.Left + line.Right) / 2, Tolerance);
    }

    [Fact]
    public void NoPageOfTheTestDocumentsEndsWithATitle()
    {
        foreach (var fixture in new[] { "circular", "table-and-kinsoku.txt" })
            foreach (var page in Lay(TestDocuments.Fixture(fixture)).Pages.SkipLast(1))
                Assert.IsNotType<Title>(page.Rows.Last(r => r.Source is not BlankLine).Source);
    }

    [Fact]
    public void LongTitleWrapsWithEachLineCentred()
    {
        var rows = RowsOf<Title>(Lay(TestDocuments.Circular()));
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(Left + Page.TextWidthPt / 2, (r.Row.Row.Lines[0].Left + r.Row.Row.Lines[0].Right) / 2, Tolerance));
    }

    [Fact]
    public void PageBreakStartsANewPageAndTableHeaderRepeats()
    {
        var layout = Lay(TestDocuments.Parse(TestDocuments.Read("table-and-kinsoku.txt")));
        Assert.True(layout.Pages.Length >= 3);
        Assert.IsType<Table>(layout.Pages[1].Rows[0].Source);
        var header = layout.Pages[1].Rows[0].Row;
        Assert.Same(header, layout.Pages[2].Rows[0].Row);
        Assert.NotEmpty(header.Fills);
    }

    [Fact]
    public void FooterIsThePageNumberCentred()
    {
        var layout = Lay(TestDocuments.Circular());
        Assert.Equal(3, layout.Pages.Length);
        foreach (var page in layout.Pages)
        {
            Assert.Equal(page.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Footer!.Text);
            Assert.Equal(Left + Page.TextWidthPt / 2, (page.Footer.Left + page.Footer.Right) / 2, Tolerance);
            Assert.Equal(PageLayoutOptions.MmToPt(297 - 17.5), page.FooterBaseline, Tolerance);
        }
    }

    [Fact]
    public void BlocksAreSpacedByTheSharedTableAsTheDocxStylesAre()
    {
        var layout = Lay(TestDocuments.Parse("@date 平成30年６月29日\n@to 札幌市長\n@honorific 様\n@from 北海道知事\n@title 件名\n本文\n記\n１．項目\n@attachment ○別添"));
        double TopOf<T>() where T : Block => RowsOf<T>(layout)[0].Row.Top;
        double Lines(double from, double to) => Math.Round((to - from) / LinePitch, 3);

        Assert.Equal(2, Lines(TopOf<DateLine>(), TopOf<AddresseeGroup>()));   // one empty line after the date
        Assert.Equal(2, Lines(TopOf<AddresseeGroup>(), TopOf<Sender>()));     // and after the addressees
        Assert.Equal(3, Lines(RowsOf<Sender>(layout)[^1].Row.Top, TopOf<Title>())); // the seal note, then two empty lines
        Assert.Equal(2, Lines(TopOf<Title>(), TopOf<Paragraph>()));          // one after it
        Assert.Equal(2, Lines(TopOf<Paragraph>(), TopOf<NoteHeading>()));    // one around 記
        Assert.Equal(2, Lines(TopOf<NoteHeading>(), TopOf<OutlineItem>()));
        Assert.Equal(2, Lines(TopOf<OutlineItem>(), TopOf<Attachment>()));   // one before the attachments
        Assert.Equal((2, 1), (BlockSpacing.For(typeof(Title)).BeforeLines, BlockSpacing.For(typeof(Title)).AfterLines));
    }
}
