using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>Small documents whose table (or contact box, or heading above a table) meets a page foot, each rendered as
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
        ["table-then-contact"] = (Paragraphs("前", 33) + Table + "@contact 担当：総務課　○○\n@contact 電話：000-000-0000\n", 2),
    };

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
/// has the same pages with the same text.</summary>
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

    /// <summary>Each page's lines, white space and the page number left out (LibreOffice spaces 「第 1 段落」).</summary>
    private static List<List<string>> PageTexts(string pdf) =>
        [.. PdfTools.Text(pdf).Split('\f').SkipLast(1).Select(page => page.Split('\n')
            .Select(l => string.Concat(l.Where(c => !char.IsWhiteSpace(c))))
            .Where(l => l.Length > 0 && !l.All(char.IsAsciiDigit)).ToList())];
}
