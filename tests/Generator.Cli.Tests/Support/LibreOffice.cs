namespace Generator.Cli.Tests.Support;

/// <summary>Converts .docx files to PDF with LibreOffice (one start-up, a private profile, the set-up's font aliases).
/// A missing soffice fails the test.</summary>
internal static class LibreOffice
{
    /// <summary>Converts <paramref name="docx"/> into <paramref name="outDir"/>; returns the PDF paths in the same order.</summary>
    public static IReadOnlyList<string> ToPdf(string outDir, params string[] docx)
    {
        Directory.CreateDirectory(outDir);
        var profile = Path.Combine(outDir, "profile");
        var fonts = Generator.Testing.LibreOfficeFonts.WriteConfig(outDir);
        var (exit, _, error) = ExternalTool.RunWith(new Dictionary<string, string> { ["FONTCONFIG_FILE"] = fonts }, "soffice",
            ["-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--convert-to", "pdf", "--outdir", outDir, .. docx]);
        Assert.True(exit == 0, $"soffice exit {exit}: {error}");
        var pdfs = docx.Select(d => Path.Combine(outDir, Path.GetFileNameWithoutExtension(d) + ".pdf")).ToList();
        foreach (var pdf in pdfs) Assert.True(File.Exists(pdf), $"LibreOffice wrote no {pdf}: {error}");
        return pdfs;
    }

    /// <summary>Converts one file with a filter (e.g. <c>docx:"MS Word 2007 XML"</c>) into <paramref name="outDir"/>.</summary>
    public static string Convert(string outDir, string file, string filter, string extension)
    {
        var profile = Path.Combine(outDir, "profile");
        var (exit, _, error) = ExternalTool.Run("soffice",
            "-env:UserInstallation=" + new Uri(profile).AbsoluteUri, "--headless", "--convert-to", filter, "--outdir", outDir, file);
        var result = Path.Combine(outDir, Path.GetFileNameWithoutExtension(file) + "." + extension);
        Assert.True(exit == 0 && File.Exists(result), $"soffice --convert-to {filter}: exit {exit}: {error}");
        return result;
    }
}
