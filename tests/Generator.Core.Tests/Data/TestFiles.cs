namespace Generator.Core.Tests.Data;

/// <summary>Paths of the checked-in test files (copied to the output folder).</summary>
internal static class TestFiles
{
    public static string Get(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "TestFiles", name);
}
