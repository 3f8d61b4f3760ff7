using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>Small documents whose table, contact box or heading meets a page foot, each rendered as
/// DOCX and PDF through the CLI from a template of its own, and each DOCX printed by LibreOffice in one run.</summary>
public sealed class TablePageFootFixture : IDisposable
{
    /// <summary>Markup of each case: the paragraphs before it fill the 36-line page of the built-in style up to it.</summary>
    public static readonly IReadOnlyDictionary<string, (string Markup, int Pages)> Cases = new Dictionary<string, (string, int)>
    {
        // 33 lines, a line of space, a header row and a body row: the table's last rule is the page's foot; 36 more
        // lines fill page 2 exactly
        ["table-then-text"] = (Paragraphs("前", 33) + Table + Paragraphs("後", 36), 2),
        // the same table ends the document
        ["table-last"] = (Paragraphs("前", 33) + Table, 1),
        // a table ending at the foot of page 1 just before the contact box
        ["table-then-contact"] = (Paragraphs("前", 33) + Table + Contact, 2),
        // 33 lines, a line of space and the two-line box: the box's foot is the page's
        ["contact-at-foot"] = (Paragraphs("前", 33) + Contact, 1),
        // a box in the middle of a page, to measure
        ["contact-box"] = (Paragraphs("前", 4) + Contact, 1),
        // a heading on line 34, its table's line of space and header row after it: the body row goes to page 2, so
        // the heading goes with it, its line of space and the table (the PDF's rule; LibreOffice left it at the foot)
        ["heading-then-table"] = (Paragraphs("前", 33) + Heading + Table + Paragraphs("後", 2), 2),
        // a heading on the page's last line: it goes to page 2 with the paragraph it heads
        ["heading-then-text"] = (Paragraphs("前", 35) + Heading + Paragraphs("後", 2), 2),
        // an author's blank line between the heading and its table: the blank line goes along too
        ["heading-blank-table"] = (Paragraphs("前", 32) + Heading + "@blank\n" + Table, 2),
        // 「記」 on the page's last line goes to page 2 with the item after it, in both readers
        ["note-then-item"] = (Paragraphs("前", 34) + "記\n" + Heading + Paragraphs("後", 1), 2),
        // a sentence is no heading: it stays at the page foot
        ["sentence-at-foot"] = (Paragraphs("前", 35) + "１　この通知は、令和７年４月１日から適用する。\n" + Paragraphs("後", 2), 2),
    };

    /// <summary>An outline item of one line that is no sentence: a heading (見出し).</summary>
    private const string Heading = "１　根拠法令\n";

    private const string Contact = "@contact 担当：総務課　○○\n@contact 電話：000-000-0000\n";

    private const string Table = "@table 30,70\n| 区分 | 項目 |\n|---|---|\n| 基本情報 | 性別 |\n";

    public TablePageFootFixture()
    {
        Folder = CliRunner.TempDir();
        var templates = Path.Combine(Folder, "templates");
        var notice = Path.Combine(Folder, "notice.yaml");
        File.WriteAllText(notice, "{}\n");
        var docx = new List<string>();
        foreach (var (name, (markup, _)) in Cases)
        {
            Directory.CreateDirectory(Path.Combine(templates, name));
            File.WriteAllText(Path.Combine(templates, name, "template.sbn"), markup);
            File.WriteAllText(Path.Combine(templates, name, "fields.yaml"), "fields: []\n");
            var (exit, _, error) = CliRunner.Run("render", name, "--templates", templates, "-d", notice, "--format", "docx,pdf", "--out", Path.Combine(Folder, "out"));
            if (exit != 0) throw new InvalidOperationException($"render {name}: {error}");
            docx.Add(Path.Combine(Folder, "out", name + ".docx"));
        }
        LibreOffice.ToPdf(Path.Combine(Folder, "lo"), [.. docx]);
    }

    public string Folder { get; }

    /// <summary>Our PDF of a case.</summary>
    public string Ours(string name) => Path.Combine(Folder, "out", name + ".pdf");

    /// <summary>LibreOffice's rendering of our DOCX of a case.</summary>
    public string Theirs(string name) => Path.Combine(Folder, "lo", name + ".pdf");

    /// <summary><paramref name="count"/> one-line paragraphs, each its own block.</summary>
    private static string Paragraphs(string word, int count) => string.Concat(Enumerable.Range(1, count).Select(i => $"　{word}{i}段落の本文です。\n"));

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }
}

/// <summary>Issue 14's leftovers: a table that ends exactly at a page foot. The DOCX's paragraph after the table (Word
/// needs one; it carried the table's line of space below) went to the next page: one line lower all through page 2, or a
/// page of its own after the last table. Our PDF drops the space at a page's top; LibreOffice's rendering of our DOCX now
/// has the same pages with the same text. The contact box (a one-cell table) is as tall in both, so it ends at the
/// same page foot. A heading (a one-line outline item that is no sentence, 「記」) at a page foot goes to the next page
/// with what it heads in both readers: the DOCX gives it and the empty lines under it <c>w:keepNext</c>.</summary>
[Collection("cli")]
public sealed class TablePageFootTests(TablePageFootFixture fixture) : IClassFixture<TablePageFootFixture>
{
    public static TheoryData<string> CaseNames() => [.. TablePageFootFixture.Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void LibreOffice_gives_our_pdfs_pages_with_the_same_text(string name)
    {
        var ours = PageTexts(fixture.Ours(name));
        var theirs = PageTexts(fixture.Theirs(name));
        Assert.Equal(TablePageFootFixture.Cases[name].Pages, ours.Count);
        Assert.True(ours.Count == theirs.Count, $"{name}: our PDF has {ours.Count} pages, LibreOffice's {theirs.Count}:\n"
            + string.Join("\n----\n", theirs.Select(p => string.Join("\n", p))));
        for (var page = 0; page < ours.Count; page++) Assert.Equal(ours[page], theirs[page]);
    }

    [Fact]
    public void The_contact_box_is_as_tall_and_as_wide_in_libreoffice_as_in_our_pdf()
    {
        // LibreOffice added its ½ pt top and bottom lines to the box's row: 0.4 pt taller than ours, and 0.5 pt past the
        // grid, so that a box ending at a page foot in our PDF went to a page of its own in LibreOffice
        var ours = Box(fixture.Ours("contact-box"));
        var theirs = Box(fixture.Theirs("contact-box"));
        Assert.True(Math.Abs(ours.Height - theirs.Height) <= 0.25, $"the box is {ours.Height:0.00} pt tall in our PDF, {theirs.Height:0.00} pt in LibreOffice");
        Assert.True(Math.Abs(ours.Width - theirs.Width) <= 0.25, $"the box is {ours.Width:0.00} pt wide in our PDF, {theirs.Width:0.00} pt in LibreOffice");
        // two grid lines of the built-in style (18.27 pt), its rules included
        Assert.InRange(ours.Height, 2 * 18.27 - 0.5, 2 * 18.27 + 0.1);
    }

    /// <summary>Outer size in points of the one box on page 1 (its rules included), read from a grey picture at 576 dpi:
    /// the first and last pixel rows and columns of the dark lines at least 100 pt long.</summary>
    private static (double Width, double Height) Box(string pdf)
    {
        const int scale = 8;
        var stem = Path.Combine(CliRunner.TempDir(), "box");
        var (exit, _, error) = ExternalTool.Run("pdftoppm", "-f", "1", "-l", "1", "-r", (72 * scale).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-gray", "-png", "-singlefile", pdf, stem);
        Assert.True(exit == 0, $"pdftoppm {pdf}: exit {exit}: {error}");
        var picture = GreyPng.Read(stem + ".png");
        // the longest run of dark pixels in each pixel row and column, in one pass
        var rowRun = new int[picture.Height];
        var columnRun = new int[picture.Width];
        var below = new int[picture.Width];
        for (var y = 0; y < picture.Height; y++)
        {
            var run = 0;
            for (var x = 0; x < picture.Width; x++)
            {
                var dark = picture.Pixels[y * picture.Width + x] < 128;
                run = dark ? run + 1 : 0;
                below[x] = dark ? below[x] + 1 : 0;
                rowRun[y] = Math.Max(rowRun[y], run);
                columnRun[x] = Math.Max(columnRun[x], below[x]);
            }
        }
        var rows = Enumerable.Range(0, picture.Height).Where(y => rowRun[y] >= 100 * scale).ToList();
        var columns = Enumerable.Range(0, picture.Width).Where(x => columnRun[x] >= 20 * scale).ToList();
        Assert.True(rows.Count > 0 && columns.Count > 0, $"no box on page 1 of {pdf}");
        return ((columns[^1] + 1 - columns[0]) / (double)scale, (rows[^1] + 1 - rows[0]) / (double)scale);
    }

    /// <summary>Each page's lines, white space and the page number left out (LibreOffice spaces 「第 1 段落」).</summary>
    private static List<List<string>> PageTexts(string pdf) =>
        [.. PdfTools.Text(pdf).Split('\f').SkipLast(1).Select(page => page.Split('\n')
            .Select(l => string.Concat(l.Where(c => !char.IsWhiteSpace(c))))
            .Where(l => l.Length > 0 && !l.All(char.IsAsciiDigit)).ToList())];
}
