namespace Generator.Templating;

/// <summary>The real location of a path: every symbolic link (or junction) along it followed, like POSIX <c>realpath</c>.</summary>
/// <remarks>Used to keep templates and partials inside <c>templates/</c> even when a file or folder there is a link.</remarks>
internal static class RealPath
{
    private const int MaxLinks = 40;

    /// <summary>Returns the absolute path with each link along it replaced by its target; parts that do not exist are kept as written.</summary>
    /// <exception cref="IOException">The links form a loop (more than 40 of them).</exception>
    public static string Of(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    private static string Resolve(string fullPath, ref int links)
    {
        var root = Path.GetPathRoot(fullPath) ?? "";
        var current = root;
        var parts = fullPath[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is not null)
            {
                if (++links > MaxLinks) throw new IOException($"Too many symbolic links (a loop?) at {next}.");
                next = Resolve(Path.GetFullPath(target, current), ref links);
            }
            current = next;
        }
        return current;
    }
}
