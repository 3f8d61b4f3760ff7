namespace Generator.Core.Tests.Support;

/// <summary>Compares text with a committed golden file; set UPDATE_GOLDEN=1 to rewrite it deliberately.</summary>
internal static class GoldenFile
{
    public static void AssertMatches(string relativeName, string actual) => GoldenText.AssertMatches(TestPaths.Golden(relativeName), actual);
}
