using System.Globalization;
using System.Text.RegularExpressions;

namespace Generator.Cli.Tests.Support;

/// <summary>A word <c>pdftotext -bbox</c> found, its box in points from the page's top left.</summary>
internal sealed record PdfBoxWord(string Text, double XMin, double YMin, double XMax, double YMax)
{
    /// <summary>The middle of the box, for telling whether two words stand on one line.</summary>
    public double YCentre => (YMin + YMax) / 2;
}

/// <summary>Where things stand on a PDF page: words (pdftotext -bbox) and horizontal rules (table lines, found in a grey
/// picture of the page made by pdftoppm), both in points from the page's top left.</summary>
internal static partial class PdfPageGeometry
{
    /// <summary>Pixels per point of the picture the rules are found in (144 dpi).</summary>
    private const int Scale = 2;

    /// <summary>The words of page <paramref name="page"/> (1-based) in reading order.</summary>
    public static IReadOnlyList<PdfBoxWord> Words(string pdf, int page)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        var (exit, html, error) = ExternalTool.Run("pdftotext", "-f", number, "-l", number, "-bbox", "-enc", "UTF-8", pdf, "-");
        Assert.True(exit == 0, $"pdftotext -bbox {pdf}: exit {exit}: {error}");
        return [.. WordPattern().Matches(html).Select(m => new PdfBoxWord(System.Net.WebUtility.HtmlDecode(m.Groups[5].Value),
            Number(m.Groups[1].Value), Number(m.Groups[2].Value), Number(m.Groups[3].Value), Number(m.Groups[4].Value)))];
    }

    /// <summary>The heights (points from the top) of dark horizontal lines on page <paramref name="page"/> that run over
    /// at least <paramref name="minWidthPt"/> points: the rules of a bordered table (a line of text never does).</summary>
    public static IReadOnlyList<double> HorizontalRules(string pdf, int page, double minWidthPt)
    {
        var stem = Path.Combine(CliRunner.TempDir(), "page");
        var number = page.ToString(CultureInfo.InvariantCulture);
        var (exit, _, error) = ExternalTool.Run("pdftoppm", "-f", number, "-l", number, "-r", (72 * Scale).ToString(CultureInfo.InvariantCulture),
            "-gray", "-png", "-singlefile", pdf, stem);
        Assert.True(exit == 0, $"pdftoppm {pdf}: exit {exit}: {error}");
        var picture = GreyPng.Read(stem + ".png");
        var rules = new List<double>();
        for (var y = 0; y < picture.Height; y++)
        {
            // the longest run of dark pixels in the row (the table header's light grey fill is not dark)
            int longest = 0, run = 0;
            for (var x = 0; x < picture.Width; x++)
            {
                run = picture.Pixels[y * picture.Width + x] < 200 ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }
            // a ½ pt line may darken two pixel rows: count it once
            if (longest >= minWidthPt * Scale && (rules.Count == 0 || y / (double)Scale - rules[^1] > 1.5)) rules.Add(y / (double)Scale);
        }
        return rules;
    }

    private static double Number(string value) => double.Parse(value, CultureInfo.InvariantCulture);

    [GeneratedRegex("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>")]
    private static partial Regex WordPattern();
}
