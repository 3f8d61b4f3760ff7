namespace Generator.Docx.Tests;

/// <summary>
/// Renders every sample to DOCX and converts them all to PDF in one LibreOffice run (one start-up, a private profile).
/// Set GENERATOR_DOCX_KEEP to a directory to keep the DOCX and PDF files for a look.
/// </summary>
public sealed class LibreOfficeFixture : IDisposable
{
    public LibreOfficeFixture()
    {
        Directory = TempFolder.NewPath("docx");
        var profile = Path.Combine(Directory, "profile");
        var docs = new List<string>();
        foreach (var sample in Samples.All)
        {
            var path = Path.Combine(Directory, sample + ".docx");
            File.WriteAllBytes(path, Samples.Render(sample));
            docs.Add(path);
        }
        try
        {
            ExternalTool.RunChecked("soffice",
                ["-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--convert-to", "pdf", "--outdir", Directory, .. docs],
                TimeSpan.FromMinutes(3),
                new Dictionary<string, string> { ["FONTCONFIG_FILE"] = LibreOfficeFonts.WriteConfig(Directory) });
        }
        catch (Exception e)
        {
            Failure = e;
        }
        var keep = Environment.GetEnvironmentVariable("GENERATOR_DOCX_KEEP");
        if (!string.IsNullOrEmpty(keep))
        {
            System.IO.Directory.CreateDirectory(keep);
            foreach (var file in System.IO.Directory.GetFiles(Directory)) File.Copy(file, Path.Combine(keep, Path.GetFileName(file)), true);
        }
    }

    public string Directory { get; }

    /// <summary>Why the conversion failed, reported by each test rather than by the fixture.</summary>
    public Exception? Failure { get; }

    /// <summary>The text of a sample's PDF in reading order, page numbers and all white space removed (LibreOffice breaks lines anywhere).</summary>
    public string PdfText(string sample)
    {
        var pdf = PdfPath(sample);
        var text = Path.Combine(Directory, sample + ".txt");
        ExternalTool.RunChecked("pdftotext", ["-raw", "-enc", "UTF-8", pdf, text], TimeSpan.FromMinutes(1));
        // drop the footer's page numbers, which pdftotext puts between the last line of a page and the next page
        var lines = File.ReadAllLines(text).Where(line => !line.Trim().All(char.IsAsciiDigit) || line.Trim().Length == 0);
        return TextNormalizer.Squash(string.Join("\n", lines));
    }

    /// <summary>Path of a sample's PDF (fails the test when LibreOffice did not write it).</summary>
    public string PdfPath(string sample)
    {
        if (Failure is not null) throw new Xunit.Sdk.XunitException("LibreOffice conversion failed: " + Failure.Message);
        var pdf = Path.Combine(Directory, sample + ".pdf");
        Assert.True(File.Exists(pdf), $"LibreOffice wrote no {pdf}");
        return pdf;
    }

    /// <summary>Words on page 1 of a sample's PDF with their boxes in points (pdftotext -bbox).</summary>
    public IReadOnlyList<PdfWord> FirstPageWords(string sample)
    {
        var html = ExternalTool.RunChecked("pdftotext", ["-f", "1", "-l", "1", "-bbox", PdfPath(sample), "-"], TimeSpan.FromMinutes(1));
        var pattern = new System.Text.RegularExpressions.Regex(
            "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>");
        return pattern.Matches(html).Select(m => new PdfWord(
            System.Net.WebUtility.HtmlDecode(m.Groups[5].Value),
            Parse(m.Groups[1].Value), Parse(m.Groups[2].Value), Parse(m.Groups[3].Value), Parse(m.Groups[4].Value))).ToList();
    }

    private static double Parse(string value) => double.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { }
    }
}

/// <summary>A word pdftotext found, with its box in points from the page's top left.</summary>
public sealed record PdfWord(string Text, double XMin, double YMin, double XMax, double YMax)
{
    public double YCentre => (YMin + YMax) / 2;
}

/// <summary>Removes all white space (including U+3000) so text broken across lines compares equal.</summary>
internal static class TextNormalizer
{
    public static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
