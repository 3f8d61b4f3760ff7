using Generator.Diagnostics;

namespace Generator.Batch;

/// <summary>An exclusive OS lock on <c>.name.lock</c> beside an output folder, held for a whole run so that a second batch
/// into the same folder fails at once instead of racing the first. The OS drops the lock when the process dies, so a
/// lock file left by a killed run does not block the next one.</summary>
internal sealed class OutputLock : IDisposable
{
    private readonly FileStream stream;
    private readonly string path;
    private readonly List<string> created;

    private OutputLock(FileStream stream, string path, List<string> created)
    {
        this.stream = stream;
        this.path = path;
        this.created = created;
    }

    /// <summary>The lock file's path for <paramref name="outputDirectory"/> (a full path).</summary>
    public static string PathFor(string outputDirectory) =>
        Path.Combine(Path.GetDirectoryName(outputDirectory) ?? ".", $".{Path.GetFileName(outputDirectory)}.lock");

    /// <summary>Takes the lock, creating the parent folder if needed.</summary>
    /// <exception cref="GeneratorException">Another process holds it.</exception>
    public static OutputLock Acquire(string outputDirectory)
    {
        var path = PathFor(outputDirectory);
        var created = new List<string>(); // parent folders made here, deepest first: removed again if the run leaves them empty
        for (var dir = Path.GetDirectoryName(path); dir is not null && !Directory.Exists(dir) && !File.Exists(dir); dir = Path.GetDirectoryName(dir))
            created.Add(dir);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1), path, created);
        }
        catch (IOException) when (File.Exists(path))
        {
            throw new GeneratorException([new Diagnostic(outputDirectory, 0, 0,
                $"Another batch is writing this output folder now (it holds the lock {Path.GetFileName(path)}).",
                "Wait until it has finished, or choose another folder with --out.")]);
        }
    }

    /// <summary>Removes the lock file and releases the lock (on Windows, where an open file cannot be deleted, in that order reversed).</summary>
    public void Dispose()
    {
        if (!OperatingSystem.IsWindows()) TryDelete();
        stream.Dispose();
        if (OperatingSystem.IsWindows()) TryDelete();
        try
        {
            foreach (var dir in created.TakeWhile(d => !Directory.EnumerateFileSystemEntries(d).Any())) Directory.Delete(dir);
        }
        catch (IOException)
        {
            // something else is using the folder now: it stays
        }
    }

    private void TryDelete()
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // another run may hold it by now; the lock itself is released either way
        }
    }
}
