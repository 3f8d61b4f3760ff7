namespace Generator.Core.Tests.Support;

/// <summary>Compares text with a committed golden file; set UPDATE_GOLDEN=1 to rewrite it deliberately.</summary>
internal static class GoldenFile
{
    public static void AssertMatches(string relativeName, string actual)
    {
        var path = TestPaths.Golden(relativeName);
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"Golden file {path} is missing; run the tests once with UPDATE_GOLDEN=1 and review it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected != actual)
        {
            File.WriteAllText(path + ".actual", actual);
            Assert.Equal(expected, actual);
        }
    }
}
