using System.Security.Cryptography;

namespace Generator.Cli.Tests.Support;

/// <summary>Every file under a folder (recursively) with its SHA-256: to show a folder is exactly as it was.</summary>
internal static class FolderSnapshot
{
    /// <summary>Lines "relative/path sha256", sorted ordinally.</summary>
    public static IReadOnlyList<string> Take(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => $"{Path.GetRelativePath(folder, f).Replace('\\', '/')} {Sha256(f)}")
            .Order(StringComparer.Ordinal)];

    public static string Sha256(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
}
