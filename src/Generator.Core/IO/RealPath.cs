namespace Generator.IO;

/// <summary>A path's real location: absolute, with every symbolic link along it resolved (like POSIX <c>realpath</c>),
/// so that two names of one folder compare equal.</summary>
public static class RealPath
{
    private const int MaxLinks = 40;

    /// <summary>The real path of <paramref name="path"/>; the part that does not exist yet is kept as written.</summary>
    public static string Of(string path) => Resolve(Path.GetFullPath(path), 0);

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both real paths).</summary>
    public static bool IsSameOrInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        path = Path.TrimEndingDirectorySeparator(path);
        folder = Path.TrimEndingDirectorySeparator(folder);
        if (string.Equals(path, folder, comparison)) return true;
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, comparison);
    }

    private static string Resolve(string full, int depth)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.Exists && info.LinkTarget is { } target)
            {
                if (depth >= MaxLinks) throw new IOException($"Too many levels of symbolic links: {full}");
                next = Resolve(Path.GetFullPath(target, current), depth + 1);
            }
            current = next;
        }
        return current;
    }
}
