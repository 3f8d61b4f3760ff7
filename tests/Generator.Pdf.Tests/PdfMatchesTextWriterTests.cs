using Generator.Model;
using Generator.Pipeline;
using Generator.Templating;
using Generator.Writers.Text;

namespace Generator.Pdf.Tests;

/// <summary>The PDF's text is the text writer's output, line-broken: its lines (page numbers aside), read in order,
/// cut every text-writer line into consecutive pieces and add nothing. Checked with pdftotext on real templates.</summary>
public class PdfMatchesTextWriterTests
{
    /// <summary>Recipients for the merge templates: a designated city (札幌市) and a city (函館市).</summary>
    private static readonly string[] RecipientCodes = ["011002", "012025"];

    /// <summary>Every template in templates/: one without a recipient as it stands, each merge template for each recipient.</summary>
    public static TheoryData<string, string?> Documents()
    {
        var data = new TheoryData<string, string?>();
        foreach (var template in SampleTemplates.All)
        {
            if (!SampleTemplates.MergeTemplates.Contains(template)) data.Add(template, null);
            else foreach (var code in RecipientCodes) data.Add(template, code);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void PdfLinesPartitionTheTextWriterLines(string template, string? code)
    {
        var document = Render(template, code);
        var expected = new PlainTextWriter().ToLines(document).Select(Squeeze).Where(l => l.Length > 0).ToList();
        var pages = ExternalTool.PdfToTextRaw(PdfFiles.Write(document, $"partition-{template}-{code}"));
        // the last line of every page is its page number
        Assert.All(pages.Select((lines, i) => (lines, i)), p => Assert.Equal((p.i + 1).ToString(), p.lines[^1].Trim()));
        var pdfLines = WithoutRepeatedHeaders(document, pages);

        var at = 0;
        foreach (var line in expected)
        {
            var built = "";
            var start = at;
            while (built.Length < line.Length && at < pdfLines.Count) built += pdfLines[at++];
            Assert.True(built == line, $"text-writer line {expected.IndexOf(line) + 1} is not the PDF's lines {start + 1}–{at}:\n  text: {line}\n  pdf:  {built}");
        }
        Assert.Equal(pdfLines.Count, at); // nothing left over
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void NoLineOfTheTemplatesBreaksKinsoku(string template, string? code)
    {
        var pages = ExternalTool.PdfToTextRaw(PdfFiles.Write(Render(template, code), $"kinsoku-{template}-{code}"));
        var lines = pages.SelectMany(p => p[..^1]).ToList();
        Assert.True(lines.Count > 40);
        Assert.Empty(KinsokuChecker.Violations(lines));
    }

    /// <summary>The PDF's lines without page numbers, and without a table's header row where it is repeated at the top of
    /// a page the table runs onto (as Japanese offices print a continued table, and Word's 「タイトル行の繰り返し」).</summary>
    private static List<string> WithoutRepeatedHeaders(Document document, IReadOnlyList<string[]> pages)
    {
        var headers = document.Blocks.OfType<Table>().Where(t => t.HasHeader && !t.Rows.IsEmpty)
            .Select(t => Squeeze(string.Concat(t.Rows[0]))).ToHashSet();
        var lines = new List<string>();
        foreach (var page in pages)
        {
            var body = page[..^1].Select(Squeeze).Where(l => l.Length > 0).ToList();
            if (lines.Count > 0 && body.Count > 0 && headers.Contains(body[0]) && lines.Contains(body[0])) body.RemoveAt(0);
            lines.AddRange(body);
        }
        return lines;
    }

    /// <summary>Drops white space (alignment padding in the text writer, U+3000 that poppler prints as a space) and a
    /// table's cell separators, which the two writers draw differently.</summary>
    private static string Squeeze(string line) =>
        new([.. line.Where(c => !char.IsWhiteSpace(c) && c != '|' && c != '\f')]);

    private static Document Render(string template, string? code)
    {
        var notice = SampleTemplates.Notice(template);
        Dictionary<string, object?>? recipient = null;
        if (code is not null)
        {
            var set = Generator.Data.RecipientLoader.Load($"builtin:code={code}", Generator.Data.RecipientLoadOptions.Default).ThrowIfErrors();
            recipient = set.Recipients[0].Fields.ToDictionary(kv => kv.Key, kv => (object?)kv.Value);
        }
        return SampleTemplates.Generator.Generate(template, notice, recipient, code);
    }
}
