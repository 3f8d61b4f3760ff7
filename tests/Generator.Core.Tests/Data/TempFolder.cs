namespace Generator.Core.Tests.Data;

/// <summary>A fresh temporary folder for files a test generates; deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "generator-data-tests", Guid.NewGuid().ToString("N"));

    public string Write(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string WriteUtf8(string name, string text) => Write(name, new System.Text.UTF8Encoding(false).GetBytes(text));

    public void Dispose()
    {
        try { Directory.Delete(Path, true); } catch (IOException) { }
    }
}

/// <summary>Paths of the checked-in test files (copied to the output folder).</summary>
internal static class TestFiles
{
    public static string Get(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "TestFiles", name);
}
