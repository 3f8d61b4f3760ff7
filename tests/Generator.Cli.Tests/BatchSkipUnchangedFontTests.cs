using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>--skip-unchanged notices a changed PDF font: the writers' settings are part of each recipient's fingerprint.</summary>
[Collection("cli")]
public sealed class BatchSkipUnchangedFontTests
{
    [Fact]
    public void Another_font_is_not_skipped_as_unchanged()
    {
        var dir = Path.Combine(CliRunner.TempDir(), "out");
        string[] batch = ["batch", "forwarding-notice", "--recipients", "builtin:code=011002", "--format", "pdf", "--out", dir, "--skip-unchanged"];
        var (exit, _, error) = CliRunner.Run(batch);
        Assert.True(exit == 0, error);
        Assert.Contains("IPAexMincho", ExternalTool.Run("pdffonts", Path.Combine(dir, "011002_札幌市.pdf")).Out);

        (exit, var output, error) = CliRunner.Run([.. batch, "--font", "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"]);
        Assert.True(exit == 0, error);
        Assert.DoesNotContain("reused", output);
        var fonts = ExternalTool.Run("pdffonts", Path.Combine(dir, "011002_札幌市.pdf")).Out;
        Assert.Contains("IPAexGothic", fonts);
        Assert.DoesNotContain("IPAexMincho", fonts);

        (exit, output, error) = CliRunner.Run([.. batch, "--font", "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"]);
        Assert.True(exit == 0, error);
        Assert.Contains("(1 recipients unchanged, reused)", output);   // the same font again is unchanged
    }
}
