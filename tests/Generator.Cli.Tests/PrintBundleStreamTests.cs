using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>Issue 17: print.pdf is streamed letter by letter (no PDFsharp document of the whole run); with a house style it
/// carries the letterhead and the seal image of every letter, embedded once, and reads as the letters do.</summary>
[Collection("cli")]
public sealed class PrintBundleStreamTests
{
    [Fact]
    public void A_sealed_council_referral_bundle_embeds_the_seal_once_and_shows_it_on_each_letters_first_page()
    {
        var dir = Path.Combine(CliRunner.TempDir(), "out");
        var (exit, _, error) = CliRunner.Run("batch", "council-referral", "--recipients", "builtin:code=011002,012025,012033",
            "--style", "styles/office-36.yaml", "--format", "pdf", "--out", dir);
        Assert.True(exit == 0, error);
        var print = Path.Combine(dir, "print.pdf");
        PdfTools.AssertQpdfClean(print);
        var (_, check, _) = ExternalTool.Run("qpdf", "--check", print);
        Assert.DoesNotContain("WARNING", check);

        var letters = new[] { "011002_札幌市.pdf", "012025_函館市.pdf", "012033_小樽市.pdf" }.Select(f => Path.Combine(dir, f)).ToArray();
        var firstPages = new List<int>();
        var next = 1;
        foreach (var letter in letters)
        {
            firstPages.Add(next);
            next += PdfTools.Pages(letter);
        }
        Assert.Equal(next - 1, PdfTools.Pages(print));

        // pdfimages -list: one image (with its soft mask) per letter's first page, and every one the same object
        var (_, list, _) = ExternalTool.Run("pdfimages", "-list", print);
        var rows = list.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var images = rows.Where(r => r[2] == "image").ToList();
        Assert.Equal(firstPages.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)), images.Select(r => r[0]));
        Assert.Single(images.Select(r => r[10]).Distinct()); // the object id: embedded once
        Assert.Equal(images.Count, rows.Count(r => r[2] == "smask"));

        // the text of the bundle is the letters' text, in order
        Assert.Equal(string.Concat(letters.Select(PdfTools.Text)), PdfTools.Text(print));
    }
}
