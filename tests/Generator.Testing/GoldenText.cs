namespace Generator.Testing;

/// <summary>Compares text with a committed golden file; set UPDATE_GOLDEN=1 to rewrite it deliberately, then review the
/// diff. A mismatch writes <c>&lt;golden&gt;.actual</c> beside it (git-ignored) for the reviewer.</summary>
public static class GoldenText
{
    public static void AssertMatches(string path, string actual)
    {
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
