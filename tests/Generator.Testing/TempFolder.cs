namespace Generator.Testing;

/// <summary>A fresh temporary folder for files a test generates, under <c>$TMPDIR/generator-tests/&lt;area&gt;/</c>; deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>Creates a new, empty folder named by a fresh GUID under the area's folder.</summary>
    public TempFolder(string area = "data") => Path = NewPath(area);

    /// <summary>Absolute path of the folder.</summary>
    public string Path { get; }

    /// <summary>A fresh path under the area's folder, created empty unless <paramref name="create"/> is false (for a
    /// program that must create its own output folder); the caller keeps it.</summary>
    public static string NewPath(string area, bool create = true)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "generator-tests", area, Guid.NewGuid().ToString("N"));
        if (create) Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Writes a file into the folder and returns its path.</summary>
    public string Write(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Writes UTF-8 text (no BOM) into the folder and returns its path.</summary>
    public string WriteUtf8(string name, string text) => Write(name, new System.Text.UTF8Encoding(false).GetBytes(text));

    /// <summary>Deletes the folder and everything in it (a file still open is left behind).</summary>
    public void Dispose()
    {
        try { Directory.Delete(Path, true); } catch (IOException) { }
    }
}
