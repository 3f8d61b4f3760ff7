namespace Generator.Core.Tests.Support;

/// <summary>Paths in the source tree, found by walking up to Generator.sln (tests read templates and goldens in place).</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Templates => Path.Combine(RepoRoot, "templates");

    public static string TestTemplates => Path.Combine(RepoRoot, "tests", "Generator.Core.Tests", "TestTemplates");

    public static string Golden(string name) => Path.Combine(RepoRoot, "tests", "Generator.Core.Tests", "golden", name);

    /// <summary>The reference circular (a copy of shared/reference/000_730f7d65acfb6850.txt, the PDF extraction of the 2018 circular).</summary>
    public static string Reference => Path.Combine(RepoRoot, "tests", "Generator.Core.Tests", "Reference", "000_730f7d65acfb6850.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Generator.sln"))) return dir.FullName;
        throw new InvalidOperationException("Generator.sln not found above the test binaries.");
    }
}
