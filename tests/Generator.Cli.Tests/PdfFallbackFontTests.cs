using Generator.Batch;
using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>Issue 14 (MJ文字): a name with characters IPAex明朝 lacks (𠮷) is drawn with IPAmj明朝 through the real CLI, and
/// the fallback font counts in the batch's fingerprint of the writers' settings.</summary>
public class PdfFallbackFontTests
{
    [Fact]
    public void Render_draws_a_name_with_MJ_characters_in_IPAmj_Mincho()
    {
        var dir = CliRunner.TempDir();
        var data = Path.Combine(dir, "notice.yaml");
        File.WriteAllText(data, File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "templates/circular/notice.yaml"))
            .Replace("  - 各都道府県・指定都市個人情報保護担当部局長", "  - 𠮷田𣏌子", StringComparison.Ordinal));
        var outDir = Path.Combine(dir, "out");

        var (exit, _, error) = CliRunner.Run("render", "circular", "--data", data, "--format", "pdf", "--out", outDir);

        Assert.True(exit == 0, error);
        var pdf = Path.Combine(outDir, "circular.pdf");
        Assert.Contains("𠮷田𣏌子", PdfTools.Text(pdf));
        var (fontsExit, fonts, _) = ExternalTool.Run("pdffonts", pdf);
        Assert.Equal(0, fontsExit);
        Assert.Matches(@"\+IPAexMincho\s+CID TrueType\s+Identity-H\s+yes yes yes", fonts);
        Assert.Matches(@"\+IPAmjMincho\s+CID TrueType\s+Identity-H\s+yes yes yes", fonts);
        PdfTools.AssertQpdfClean(pdf);
    }

    [Fact]
    public void Fingerprint_names_the_fallback_font() =>
        Assert.Contains(";fallback=/usr/share/fonts/truetype/ipamj/ipamjm.ttf:", new WriterSettings(null).Fingerprint());
}
