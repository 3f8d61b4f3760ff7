namespace Generator.Core.Tests.Support;

/// <summary>Paths in the source tree, found by <see cref="RepositoryRoot"/> (tests read templates and goldens in place).</summary>
internal static class TestPaths
{
    public static string RepoRoot => RepositoryRoot.Path;

    public static string Templates => RepositoryRoot.Templates;

    public static string TestTemplates => Path.Combine(RepoRoot, "tests", "Generator.Core.Tests", "TestTemplates");

    public static string Golden(string name) => Path.Combine(RepoRoot, "tests", "Generator.Core.Tests", "golden", name);

    /// <summary>The reference circular (a copy of shared/reference/000_730f7d65acfb6850.txt, the PDF extraction of the 2018 circular).</summary>
    public static string Reference => Path.Combine(RepoRoot, "tests", "Generator.Core.Tests", "Reference", "000_730f7d65acfb6850.txt");
}
