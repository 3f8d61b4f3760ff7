namespace Generator.Cli.Tests.Support;

/// <summary>Compares what the CLI printed for bad input with a committed golden file under <c>golden/errors/</c>;
/// set UPDATE_GOLDEN=1 to rewrite it deliberately, then review the diff.</summary>
/// <remarks>Machine-specific parts are replaced before comparing: each folder in <paramref name="folders"/> by
/// <c>&lt;tmp&gt;</c>, the repository root by <c>&lt;repo&gt;</c>, back slashes by forward slashes.</remarks>
internal static class ErrorGolden
{
    public static void AssertMatches(string name, string actual, params string[] folders)
    {
        foreach (var folder in folders.OrderByDescending(f => f.Length))
            actual = actual.Replace(folder, "<tmp>", StringComparison.Ordinal);
        actual = actual.Replace(CliRunner.RepoRoot, "<repo>", StringComparison.Ordinal).Replace('\\', '/').Replace("\r\n", "\n");
        Generator.Testing.GoldenText.AssertMatches(Path.Combine(CliRunner.RepoRoot, "tests", "Generator.Cli.Tests", "golden", "errors", name + ".txt"), actual);
    }
}
