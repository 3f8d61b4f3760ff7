using System.Diagnostics;

namespace Generator.Batch;

/// <summary>A hidden folder beside the output folder where a run is built; moved into place only when complete.</summary>
/// <remarks>
/// Disposing without <see cref="Commit"/> deletes it, so an interrupted or failed run leaves the output folder as it was.
/// Commit swaps folders: output → <c>.name.old-PID</c>, staging → output, then deletes the old one. A process killed
/// between the two moves is repaired by the next run (<see cref="Recover"/>).
/// </remarks>
internal sealed class StagingDirectory : IDisposable
{
    private readonly string target;
    private bool committed;

    private StagingDirectory(string target, string path)
    {
        this.target = target;
        Path = path;
    }

    /// <summary>The staging folder's path.</summary>
    public string Path { get; }

    public static StagingDirectory Create(string target)
    {
        target = System.IO.Path.GetFullPath(target.TrimEnd('/', '\\'));
        var parent = System.IO.Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        Recover(target);
        var name = System.IO.Path.GetFileName(target);
        var path = System.IO.Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        Directory.CreateDirectory(path);
        return new StagingDirectory(target, path);
    }

    /// <summary>Puts back an output folder left aside by a run that was killed mid-swap, and removes stale staging folders of dead runs.</summary>
    public static void Recover(string target)
    {
        var parent = System.IO.Path.GetDirectoryName(target) ?? ".";
        var name = System.IO.Path.GetFileName(target);
        if (!Directory.Exists(parent)) return;
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.*-*"))
        {
            var suffix = System.IO.Path.GetFileName(dir)[(name.Length + 2)..];
            var dash = suffix.LastIndexOf('-');
            if (dash < 0 || !int.TryParse(suffix[(dash + 1)..], out var pid) || IsAlive(pid)) continue;
            if (suffix.StartsWith("old-", StringComparison.Ordinal) && !Directory.Exists(target)) Directory.Move(dir, target);
            else if (suffix.StartsWith("old-", StringComparison.Ordinal) || suffix.StartsWith("staging-", StringComparison.Ordinal)) Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Moves the staging folder into place as the output folder.</summary>
    public void Commit()
    {
        var parent = System.IO.Path.GetDirectoryName(target) ?? ".";
        var old = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(target)}.old-{Environment.ProcessId}");
        if (Directory.Exists(target)) Directory.Move(target, old);
        Directory.Move(Path, target);
        committed = true;
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
    }

    public void Dispose()
    {
        if (!committed && Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }

    private static bool IsAlive(int pid)
    {
        if (pid == Environment.ProcessId) return false;
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
