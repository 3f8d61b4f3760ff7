using Generator.Diagnostics;

namespace Generator.Batch;

/// <summary>An exclusive OS lock on <c>.name.lock</c> beside an output folder, held for a whole run so that a second batch
/// into the same folder fails at once instead of racing the first. The OS drops the lock when the process dies, so a
/// lock file left by a killed run does not block the next one.</summary>
internal sealed class OutputLock : IDisposable
{
    private readonly FileStream stream;
    private readonly string path;

    private OutputLock(FileStream stream, string path)
    {
        this.stream = stream;
        this.path = path;
    }

    /// <summary>The lock file's path for <paramref name="outputDirectory"/> (a full path).</summary>
    public static string PathFor(string outputDirectory) =>
        Path.Combine(Path.GetDirectoryName(outputDirectory) ?? ".", $".{Path.GetFileName(outputDirectory)}.lock");

    /// <summary>Takes the lock, creating the parent folder if needed.</summary>
    /// <exception cref="GeneratorException">Another process holds it.</exception>
    public static OutputLock Acquire(string outputDirectory)
    {
        var path = PathFor(outputDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1), path);
        }
        catch (IOException) when (File.Exists(path))
        {
            throw new GeneratorException([new Diagnostic(outputDirectory, 0, 0,
                $"Another batch is writing this output folder now (it holds the lock {Path.GetFileName(path)}).",
                "Wait until it has finished, or choose another folder with --out.")]);
        }
    }

    /// <summary>Removes the lock file and releases the lock.</summary>
    public void Dispose()
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // another process may be about to take it; the lock itself is released below either way
        }
        stream.Dispose();
    }
}
