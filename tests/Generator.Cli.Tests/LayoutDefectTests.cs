using System.Globalization;
using System.Text.RegularExpressions;
using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>The layout defects of issue 14 seen on the pages of the shipped templates, each through the real CLI and read
/// back with pdftotext: a heading last on a page, a document number broken across lines.</summary>
[Collection("cli")]
public sealed partial class LayoutDefectTests
{
    /// <summary>Renders <paramref name="template"/> (for 札幌市 unless <paramref name="recipient"/> is null) to PDF and
    /// returns its pages, each as trimmed non-empty lines without the page number.</summary>
    private static List<List<string>> Pages(string template, string? recipient = "011002")
    {
        var dir = CliRunner.TempDir();
        string[] args = recipient is null
            ? ["render", template, "--format", "pdf", "--out", dir]
            : ["render", template, "--recipient", recipient, "--format", "pdf", "--out", dir];
        var (exit, _, err) = CliRunner.Run(args);
        Assert.True(exit == 0, err);
        var pdf = Assert.Single(Directory.GetFiles(dir, "*.pdf"));
        return [.. PdfTools.Text(pdf).Split('\f').Where(p => p.Trim().Length > 0).Select(page =>
            page.Split('\n', StringSplitOptions.TrimEntries).Where(l => l.Length > 0).SkipLast(1).ToList())];
    }

    [Fact]
    public void A_heading_is_never_the_last_line_of_a_page()
    {
        // council-agenda for 札幌市: 「５　根拠法令と…」 was the last line of page 1, its text on page 2
        var pages = Pages("council-agenda");
        Assert.True(pages.Count > 1);
        foreach (var page in pages.SkipLast(1))
            Assert.DoesNotMatch(@"^[０-９0-9]+\s+\S.*[^。]$", page[^1]);
        // 「５」 now opens page 2 after the rest of the table above it (its header row repeated): its text follows it there
        var withHeading = pages.Single(p => p.Any(l => l.StartsWith('５')));
        var heading = withHeading.FindIndex(l => l.StartsWith('５'));
        Assert.True(heading < withHeading.Count - 1, "「５」 is the last line of its page");
        Assert.StartsWith("（１）", withHeading[heading + 1]);
    }

    [Theory]
    [InlineData("circular", null, "30文科振第111号")]
    [InlineData("forwarding-notice", "011002", "○文科振第○号")]
    [InlineData("forwarding-notice", "011002", "府医第○号")]
    [InlineData("forwarding-notice", "011002", "医政総発○第○号")]
    public void A_document_number_is_never_broken_across_lines(string template, string? recipient, string number)
    {
        var lines = Pages(template, recipient).SelectMany(p => p).ToList();
        // a line left short by a number is spread, yet extracts without spaces: 「こ の こ と」 never
        Assert.DoesNotContain(lines, l => SpacedKana().IsMatch(l));
        AssertWhole(number, lines);
    }

    /// <summary>Asserts that <paramref name="number"/> is on one of <paramref name="lines"/> and never broken between two.</summary>
    internal static void AssertWhole(string number, IReadOnlyList<string> lines)
    {
        Assert.Contains(lines, l => l.Contains(number, StringComparison.Ordinal));
        for (var i = 0; i + 1 < lines.Count; i++)
            for (var k = 1; k < number.Length; k++)
                Assert.False(lines[i].EndsWith(number[..k], StringComparison.Ordinal) && lines[i + 1].StartsWith(number[k..], StringComparison.Ordinal),
                    $"{number} is broken between lines:\n{lines[i]}\n{lines[i + 1]}");
    }

    [Fact]
    public void A_labels_name_line_is_larger_than_its_address()
    {
        var temp = CliRunner.TempDir();
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", BatchLabelsAndMailTests.WriteRecipients(temp),
            "--format", "pdf", "--out", dir);
        Assert.True(exit == 0, error);
        var (bboxExit, html, bboxError) = ExternalTool.Run("pdftotext", "-bbox", "-enc", "UTF-8", Path.Combine(dir, "labels.pdf"), "-");
        Assert.True(bboxExit == 0, bboxError);
        double HeightOf(string word)
        {
            var match = Words().Matches(html).First(m => m.Groups["text"].Value == word);
            return double.Parse(match.Groups["yMax"].Value, CultureInfo.InvariantCulture) - double.Parse(match.Groups["yMin"].Value, CultureInfo.InvariantCulture);
        }
        var name = HeightOf("札幌市長");
        var address = HeightOf("北海道札幌市中央区北1条西2丁目");
        Assert.True(name >= address * 1.25, $"name line {name:0.0} pt high, address {address:0.0} pt: the name must be larger");
    }

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsCJKUnifiedIdeographs}] [\p{IsHiragana}\p{IsCJKUnifiedIdeographs}] [\p{IsHiragana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex SpacedKana();

    [GeneratedRegex(@"<word xMin=""[^""]+"" yMin=""(?<yMin>[^""]+)"" xMax=""[^""]+"" yMax=""(?<yMax>[^""]+)"">(?<text>[^<]*)</word>")]
    private static partial Regex Words();
}
