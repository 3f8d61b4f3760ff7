using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>Through the real CLI: <c>render</c> writes all its formats or none; a failure after the first format leaves
/// every output file as it was and no temporary file behind.</summary>
[Collection("cli")]
public sealed class RenderAtomicityTests
{
    [Fact]
    public void A_failure_after_the_first_format_leaves_every_output_as_it_was()
    {
        var temp = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(temp, "011002_札幌市.txt"), "前回の版\n");
        Directory.CreateDirectory(Path.Combine(temp, "011002_札幌市.docx"));   // a folder where the .docx would go: its move fails

        var (exit, output, error) = CliRunner.Run("render", "forwarding-notice", "--recipient", "011002", "--format", "txt,docx", "--out", temp);

        Assert.Equal(1, exit);
        Assert.StartsWith($"generator: error: could not write the output to {temp}: ", error);
        Assert.Contains("no file was written or changed", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal("", output);
        Assert.Equal("前回の版\n", File.ReadAllText(Path.Combine(temp, "011002_札幌市.txt")));
        Assert.Equal(["011002_札幌市.docx", "011002_札幌市.txt"], Directory.GetFileSystemEntries(temp).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(temp, "011002_札幌市.docx")));
    }

    [Fact]
    public void A_full_disk_after_the_docx_leaves_neither_the_docx_nor_the_pdf()
    {
        var temp = CliRunner.TempDir();

        // a 32 KiB file-size limit, above the .docx (about 7 KB) and below the .pdf (about 58 KB), fails the .pdf write like a full disk
        var (exit, output, error) = FileSizeLimitedCli.Run(32, "render", "forwarding-notice", "--recipient", "011002", "--format", "docx,pdf", "--out", temp);

        Assert.Equal(1, exit);
        Assert.StartsWith($"generator: error: could not write the output to {temp}: ", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal("", output);
        Assert.Empty(Directory.GetFileSystemEntries(temp));
    }

    [Fact]
    public void When_every_format_succeeds_same_named_outputs_are_replaced()
    {
        var temp = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(temp, "011002_札幌市.txt"), "前回の版\n");

        var (exit, output, error) = CliRunner.Run("render", "forwarding-notice", "--recipient", "011002", "--format", "txt,docx", "--out", temp);

        Assert.True(exit == 0, error);
        Assert.Contains("011002_札幌市.docx", output);
        Assert.NotEqual("前回の版\n", File.ReadAllText(Path.Combine(temp, "011002_札幌市.txt")));
        Assert.Contains("（通知）", File.ReadAllText(Path.Combine(temp, "011002_札幌市.txt")));
        Assert.Equal(["011002_札幌市.docx", "011002_札幌市.txt"], Directory.GetFileSystemEntries(temp).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
