namespace Generator.IO;

/// <summary>Writes several files all or nothing: each to a temporary file beside its target, and only when every one
/// is written, moves them into place; a failure on the way puts back the files already replaced.</summary>
/// <remarks>On any failure only the temporary files (and the set-aside copies, once put back) are removed; a file that
/// was at a target before is there again with its old bytes.</remarks>
public static class AtomicFileSet
{
    /// <summary>Writes each (path, bytes) pair; on failure no target has changed.</summary>
    public static void Write(IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        var temps = new List<(string Temp, string Target)>();
        var placed = new List<(string Target, string? Backup)>();
        try
        {
            foreach (var (path, bytes) in files)
            {
                var target = Path.GetFullPath(path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var temp = Beside(target, "tmp");
                temps.Add((temp, target));
                using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            foreach (var (temp, target) in temps)
            {
                string? backup = null;
                if (File.Exists(target))
                {
                    backup = Beside(target, "old");
                    File.Move(target, backup);
                }
                placed.Add((target, backup));
                File.Move(temp, target);
            }
        }
        catch
        {
            PutBack(placed, temps);
            throw;
        }
        foreach (var (_, backup) in placed)
            if (backup is not null) File.Delete(backup);
    }

    private static string Beside(string target, string kind) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.{kind}");

    private static void PutBack(List<(string Target, string? Backup)> placed, List<(string Temp, string Target)> temps)
    {
        for (var i = placed.Count - 1; i >= 0; i--)
        {
            var (target, backup) = placed[i];
            var ours = !File.Exists(temps[i].Temp) && File.Exists(target); // the temporary file was moved there
            if (ours) File.Delete(target);
            if (backup is not null) File.Move(backup, target);
        }
        foreach (var (temp, _) in temps)
            if (File.Exists(temp)) File.Delete(temp);
    }
}
