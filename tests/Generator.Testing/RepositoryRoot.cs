namespace Generator.Testing;

/// <summary>The source tree the tests run from, found by walking up from the test binaries to <c>Generator.sln</c>
/// (tests read templates, goldens and specs in place).</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Found = new(Find);

    /// <summary>Absolute path of the folder holding <c>Generator.sln</c>.</summary>
    public static string Path => Found.Value;

    /// <summary>The project's <c>templates/</c> folder.</summary>
    public static string Templates => Combine("templates");

    /// <summary>A path inside the repository, from its parts (e.g. <c>"tests", "Generator.Core.Tests", "golden"</c>).</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Generator.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Generator.sln not found above the test binaries ({AppContext.BaseDirectory}).");
    }
}
