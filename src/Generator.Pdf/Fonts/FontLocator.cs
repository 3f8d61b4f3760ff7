using Generator.Diagnostics;

namespace Generator.Pdf.Fonts;

/// <summary>Finds the 明朝 font file: the one given explicitly, else IPAex明朝 in the usual font folders of Debian, Windows and macOS.</summary>
public static class FontLocator
{
    /// <summary>File names tried, best first: IPAex明朝, then IPA明朝.</summary>
    public static IReadOnlyList<string> MinchoFileNames { get; } = ["ipaexm.ttf", "ipam.ttf"];

    /// <summary>File names of the fallback fonts tried for characters the body font lacks: IPAmj明朝 (文字情報基盤, MJ文字 of
    /// 人名・地名 such as 𠮷 and 𩸽).</summary>
    public static IReadOnlyList<string> FallbackFileNames { get; } = ["ipamjm.ttf"];

    /// <summary>The folders searched (recursively) when no font file is given, in order.</summary>
    public static IReadOnlyList<string> DefaultSearchDirectories { get; } = BuildDefaultDirectories();

    /// <summary>Returns <paramref name="explicitPath"/> when given, else the first IPAex明朝 file found in <paramref name="directories"/>.</summary>
    /// <exception cref="GeneratorException">The file given does not exist, or no font was found; the diagnostic says what to install.</exception>
    public static string Locate(string? explicitPath, IReadOnlyList<string>? directories = null)
    {
        if (!string.IsNullOrEmpty(explicitPath))
        {
            if (File.Exists(explicitPath)) return Path.GetFullPath(explicitPath);
            throw new GeneratorException(new Diagnostic(explicitPath, 0, 0, $"The font file '{explicitPath}' does not exist.",
                "Pass --font with the path of a TrueType (.ttf) file such as ipaexm.ttf."));
        }
        directories ??= DefaultSearchDirectories;
        foreach (var name in MinchoFileNames)
            foreach (var directory in directories)
                if (Find(directory, name) is { } found) return found;

        throw new GeneratorException(new Diagnostic("pdf", 0, 0,
            $"No Japanese font for PDF output was found (looked for {string.Join(", ", MinchoFileNames)} in {string.Join(", ", directories)}).",
            "Install IPAex明朝 (Debian/Ubuntu: apt-get install fonts-ipaexfont-mincho; Windows/macOS: install ipaexm.ttf from the IPAex font package), or pass --font with a .ttf file."));
    }

    /// <summary>The fallback fonts found in <paramref name="directories"/> (default: <see cref="DefaultSearchDirectories"/>), in
    /// the order of <see cref="FallbackFileNames"/>; empty when none is installed (then only the body font draws).</summary>
    public static IReadOnlyList<string> LocateFallbacks(IReadOnlyList<string>? directories = null)
    {
        directories ??= DefaultSearchDirectories;
        var found = new List<string>();
        foreach (var name in FallbackFileNames)
            if (directories.Select(d => Find(d, name)).FirstOrDefault(f => f is not null) is { } path) found.Add(path);
        return found;
    }

    private static string? Find(string directory, string fileName)
    {
        if (!Directory.Exists(directory)) return null;
        var direct = Path.Combine(directory, fileName);
        if (File.Exists(direct)) return direct;
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive, MaxRecursionDepth = 4 };
            return Directory.EnumerateFiles(directory, fileName, options).Order(StringComparer.Ordinal).FirstOrDefault();
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string[] BuildDefaultDirectories()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var localAppData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        var windows = Environment.GetFolderPath(Environment.SpecialFolder.Windows);
        var list = new List<string>
        {
            "/usr/share/fonts/opentype/ipaexfont-mincho",
            "/usr/share/fonts/truetype/ipaexfont-mincho",
            "/usr/share/fonts/truetype/ipamj", // Debian fonts-ipamj-mincho
            "/usr/share/fonts/opentype/ipamj",
            "/usr/share/fonts",
            "/usr/local/share/fonts",
        };
        if (home.Length > 0)
        {
            list.Add(Path.Combine(home, ".local", "share", "fonts"));
            list.Add(Path.Combine(home, ".fonts"));
            list.Add(Path.Combine(home, "Library", "Fonts"));
        }
        if (windows.Length > 0) list.Add(Path.Combine(windows, "Fonts"));
        else if (OperatingSystem.IsWindows()) list.Add(@"C:\Windows\Fonts");
        if (localAppData.Length > 0) list.Add(Path.Combine(localAppData, "Microsoft", "Windows", "Fonts"));
        list.Add("/Library/Fonts");
        list.Add("/System/Library/Fonts");
        return [.. list.Distinct(StringComparer.Ordinal)];
    }
}
