// A test held back until --skip-unchanged notices a changed PDF font; it fails on the current src/ and is compiled out.
//
// Bug: DocumentFingerprint.Of (src/Generator.Core/Batch/DocumentFingerprint.cs:12) hashes the document and each writer's
// format and assembly version, but not the writers' settings. `batch … --skip-unchanged --font other.ttf` after a run
// with the default font reports every recipient "unchanged, reused" and keeps PDFs in the old font (IPAexMincho),
// while print.pdf of the same run is in the new one (IPAexGothic).
// Fix: a BatchOptions.WriterSettings string (the --font path and the font file's SHA-256), appended to the fingerprint
// in DocumentFingerprint.Of and passed from BatchRunner.WriteAll and BatchCommand (exact diff in the helper's report).
//
// To enable after the fix: delete the #if line and the #endif at the end.
#if SKIP_UNCHANGED_FONT_FIXED
using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

[Collection("cli")]
public sealed class PendingSkipUnchangedFontTests
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
#endif
