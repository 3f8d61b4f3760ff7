using System.Globalization;
using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>Renders every shipped template as DOCX and PDF in two house styles (the built-in one and styles/office-36.yaml)
/// through the CLI, has LibreOffice render each DOCX to PDF in one run, and reads both PDFs back.</summary>
public sealed class HouseStyleAgreementFixture : IDisposable
{
    public static readonly string[] Templates = ["circular", "forwarding-notice", "council-referral", "council-agenda"];
    public static readonly string[] Styles = ["default", "office-36"];

    public HouseStyleAgreementFixture()
    {
        Folder = CliRunner.TempDir();
        var docx = new List<string>();
        foreach (var style in Styles)
        foreach (var template in Templates)
        {
            var dir = Path.Combine(Folder, style, template);
            List<string> args = ["render", template, "--format", "docx,pdf", "--out", dir];
            if (template != "circular") args.AddRange(["--recipient", "011002"]);
            if (style != "default") args.AddRange(["--style", $"styles/{style}.yaml"]);
            var (exit, _, error) = CliRunner.Run([.. args]);
            if (exit != 0) throw new InvalidOperationException($"render {template} ({style}): {error}");
            var stem = Directory.GetFiles(dir, "*.docx").Single();
            var copy = Path.Combine(Folder, "docx", $"{style}-{template}.docx");
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(stem, copy);
            docx.Add(copy);
        }
        LibreOffice.ToPdf(Path.Combine(Folder, "lo"), [.. docx]);
    }

    public string Folder { get; }

    /// <summary>Our PDF of a template in a style.</summary>
    public string Ours(string style, string template) => Directory.GetFiles(Path.Combine(Folder, style, template), "*.pdf").Single();

    /// <summary>LibreOffice's rendering of our DOCX of a template in a style.</summary>
    public string Theirs(string style, string template) => Path.Combine(Folder, "lo", $"{style}-{template}.pdf");

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }
}

/// <summary>Issue 14: both writers read one resolved style, so our PDF and LibreOffice's rendering of our DOCX agree on
/// page count, lines per page and characters per line, for every shipped template in two styles.</summary>
[Collection("cli")]
public sealed partial class HouseStyleAgreementTests(HouseStyleAgreementFixture fixture) : IClassFixture<HouseStyleAgreementFixture>
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var style in HouseStyleAgreementFixture.Styles)
        foreach (var template in HouseStyleAgreementFixture.Templates) data.Add(style, template);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Docx_in_LibreOffice_and_our_pdf_agree_on_pages_lines_and_characters(string style, string template)
    {
        var ours = PageLines(fixture.Ours(style, template));
        var theirs = PageLines(fixture.Theirs(style, template));

        Assert.Equal(PdfTools.Pages(fixture.Theirs(style, template)), PdfTools.Pages(fixture.Ours(style, template)));
        Assert.Equal(theirs.Count, ours.Count);
        for (var page = 0; page < ours.Count; page++)
        {
            var counts = (ours[page].Count, theirs[page].Count);
            Assert.True(counts.Item1 == counts.Item2, $"{style}/{template} page {page + 1}: our PDF has {counts.Item1} lines, LibreOffice {counts.Item2}:\n"
                + string.Join("\n", ours[page]) + "\n----\n" + string.Join("\n", theirs[page]));
            // characters per line: the widest line of full-width characters (a hanging 、。 not counted)
            Assert.Equal(WidestLine(theirs[page]), WidestLine(ours[page]));
        }
    }

    [Theory]
    [InlineData("default")]
    [InlineData("office-36")]
    public void A_document_number_is_whole_in_our_pdf_and_in_libreoffice(string style)
    {
        // 「…府医第○号・○文科振第○号・医政総発○／第○号…」: the joint number broke after 「○」 in both (issue 14)
        foreach (var pdf in new[] { fixture.Ours(style, "forwarding-notice"), fixture.Theirs(style, "forwarding-notice") })
        {
            // LibreOffice's spread line extracts as 「こ の こ と」
            var lines = PageLines(pdf).SelectMany(p => p).Select(l => l.Replace(" ", "", StringComparison.Ordinal)).ToList();
            foreach (var number in new[] { "医政総発○第○号", "府医第○号", "○文科振第○号", "○商第○号" })
                LayoutDefectTests.AssertWhole(number, lines);
        }
    }

    [Fact]
    public void Office_style_pages_have_36_lines_on_both_readers()
    {
        // line pitch of 40字×36行 between margins 35 and 25 mm: (297 − 60) mm / 36
        var pitch = (297 - 35 - 25) * 72 / 25.4 / 36;
        foreach (var pdf in new[] { fixture.Ours("office-36", "circular"), fixture.Theirs("office-36", "circular") })
        {
            var tops = LineTops(pdf, page: 2);
            var gaps = tops.Zip(tops.Skip(1), (a, b) => b - a).Where(g => g > 1).ToList();
            Assert.True(gaps.Min() > pitch - 0.6 && gaps.Min() < pitch + 0.6, $"{pdf}: closest lines {gaps.Min():0.00} pt apart, the 36-line grid has {pitch:0.00}");
            Assert.All(gaps, g => Assert.True(Math.Abs(g / pitch - Math.Round(g / pitch)) < 0.08, $"{pdf}: lines {g:0.00} pt apart, off the {pitch:0.00} pt grid"));
        }
    }

    [Fact]
    public void LibreOffice_shows_the_letterhead_and_the_seal_of_the_office_style()
    {
        // council-referral's sample notice has seal: affixed (a 諮問書 bears the head's seal)
        foreach (var pdf in new[] { fixture.Ours("office-36", "council-referral"), fixture.Theirs("office-36", "council-referral") })
        {
            var pages = PageLines(pdf);
            Assert.Equal("北海道保健福祉部地域医療推進局", pages[0][0]);
            Assert.DoesNotContain("北海道保健福祉部地域医療推進局", pages[1]);
            var (exit, list, error) = ExternalTool.Run("pdfimages", "-list", "-f", "1", "-l", "1", pdf);
            Assert.True(exit == 0, error);
            // the seal: a square image with its transparency mask (LibreOffice resamples it to 300 dpi)
            var rows = list.Split('\n').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
            Assert.Contains(rows, r => r is ["1", _, "image", var w, var h, ..] && w == h);
            Assert.Contains(rows, r => r is ["1", _, "smask", ..]);
        }
    }

    /// <summary>Text lines of each page as pdftotext -raw gives them, page numbers dropped.</summary>
    private static List<List<string>> PageLines(string pdf) =>
        [.. PdfTools.Text(pdf).Split('\f').SkipLast(1)
            .Select(page => page.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !IsPageNumber(l)).ToList())];

    private static bool IsPageNumber(string line) => line.Trim('-', ' ').All(char.IsAsciiDigit) || line.Contains('/') && line.Split('/').All(p => p.All(char.IsAsciiDigit));

    private static int WidestLine(List<string> lines) =>
        lines.Select(l => l.TrimEnd('、', '。', '，', '．').Count(c => c >= '\u3000')).DefaultIfEmpty(0).Max();

    /// <summary>Distinct tops (yMin, rounded) of the words on a page.</summary>
    private static List<double> LineTops(string pdf, int page)
    {
        var (exit, html, error) = ExternalTool.Run("pdftotext", "-f", page.ToString(CultureInfo.InvariantCulture), "-l", page.ToString(CultureInfo.InvariantCulture), "-bbox", pdf, "-");
        Assert.True(exit == 0, error);
        var bottoms = System.Text.RegularExpressions.Regex.Matches(html, "yMax=\"([0-9.]+)\"")
            .Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).OrderBy(y => y).ToList();
        var lines = new List<double>();
        foreach (var y in bottoms) if (lines.Count == 0 || y - lines[^1] > 3) lines.Add(y);
        return lines[..^1]; // the footer's page number is not on the grid
    }
}
