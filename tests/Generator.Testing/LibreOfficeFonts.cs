namespace Generator.Testing;

/// <summary>The fontconfig file LibreOffice is started with in tests: the system configuration plus Generator's aliases
/// (ＭＳ 明朝 → IPAex明朝, as scripts/setup.sh installs them system-wide), so a test does not depend on that install.</summary>
public static class LibreOfficeFonts
{
    /// <summary>The alias file shipped with the test project (copied to <c>Fonts/</c> beside the test assembly).</summary>
    public static string AliasFile => Path.Combine(AppContext.BaseDirectory, "Fonts", "65-generator-japanese-office-fonts.conf");

    /// <summary>Writes <c>fonts.conf</c> into <paramref name="directory"/> and returns its path (for FONTCONFIG_FILE).</summary>
    public static string WriteConfig(string directory)
    {
        var path = Path.Combine(directory, "fonts.conf");
        File.WriteAllText(path, $$"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
            <fontconfig>
              <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
              <include>{{AliasFile}}</include>
            </fontconfig>
            """);
        return path;
    }
}
