namespace Generator.Cli.Tests.Support;

/// <summary>Prints a DOCX to PDF with LibreOffice (soffice, headless, a private profile) using the set-up's font aliases
/// (ＭＳ 明朝 → IPAex明朝, scripts/fontconfig), as a user's LibreOffice on a machine set up by scripts/setup.sh shows it.</summary>
internal static class LibreOfficePdf
{
    /// <summary>Converts <paramref name="docx"/>; returns the PDF's path (in a new temporary folder).</summary>
    public static string Convert(string docx)
    {
        var dir = CliRunner.TempDir();
        var fonts = Generator.Testing.LibreOfficeFonts.WriteConfig(dir);
        var profile = new Uri(Path.Combine(dir, "profile")).AbsoluteUri;
        var (exit, output, error) = ExternalTool.RunWithEnvironment("soffice", new Dictionary<string, string> { ["FONTCONFIG_FILE"] = fonts },
            "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", dir, docx);
        var pdf = Path.Combine(dir, Path.ChangeExtension(Path.GetFileName(docx), ".pdf"));
        Assert.True(exit == 0 && File.Exists(pdf), $"LibreOffice did not print {docx}: exit {exit}\n{output}\n{error}");
        return pdf;
    }
}
