using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>Bad fonts, links out of templates/, unknown template names and bad option values, through the real CLI:
/// each gives a plain message (golden), the right exit code, and writes nothing.</summary>
[Collection("cli")]
public sealed class InputReliabilityTests
{
    private static readonly string Notice = Path.Combine("templates", "circular", "notice.yaml");

    // --- 1. fonts PDF output cannot embed -------------------------------------------------------------------------

    public static TheoryData<string> UnusableFonts => ["cff-otf", "cff-table", "collection", "not-a-font", "damaged", "no-metrics"];

    [Theory]
    [MemberData(nameof(UnusableFonts))]
    public void Render_refuses_a_font_that_PDF_output_cannot_embed(string kind)
    {
        var dir = CliRunner.TempDir();
        var font = Path.Combine(dir, kind == "cff-otf" ? "NotoSerifCJKjp-Regular.otf" : "font.ttf");
        File.WriteAllBytes(font, UnusableFont(kind));
        var outDir = Path.Combine(dir, "out");

        var (exit, _, error) = CliRunner.Run("render", "circular", "-d", Notice, "-f", "txt,pdf", "--font", font, "-o", outDir);

        Assert.Equal(1, exit);
        Assert.Contains("TrueType (.ttf)", error);
        Assert.False(Directory.Exists(outDir), "nothing may be written");
        ErrorGolden.AssertMatches($"misc-font-{kind}", error, dir);
    }

    [Fact]
    public void Batch_refuses_an_OpenType_CFF_font_before_writing_anything()
    {
        var (error, dir) = BatchWithFont("SourceHanSerif.otf", SfntFont.Build(SfntFont.OpenTypeCff, "CFF "));
        Assert.Contains("PostScript (CFF) outlines", error);
        ErrorGolden.AssertMatches("misc-font-cff-batch", error, dir);
    }

    [Fact]
    public void A_TrueType_font_without_the_characters_names_the_first_missing_one()
    {
        // the fallback font (IPAmj明朝) draws what --font lacks, so the notice gets a character no font has
        var notice = Path.Combine(CliRunner.TempDir(), "notice.yaml");
        File.WriteAllText(notice, File.ReadAllText(Path.Combine(CliRunner.RepoRoot, Notice)).Replace("  - 各都道府県・指定都市保健福祉担当部局長", "  - 各都道府県・指定都市保健福祉担当部局長😀", StringComparison.Ordinal));
        var (error, _) = BatchWithFont("latin-only.ttf", SfntFont.Build(SfntFont.TrueType, "glyf"), notice);
        Assert.Contains("'😀' (U+1F600) is not in the PDF font", error);
        Assert.Contains("--font", error);
    }

    /// <summary>Runs a one-recipient PDF batch with the given font bytes; asserts exit 1 and that nothing was written.</summary>
    private static (string Error, string Dir) BatchWithFont(string fileName, byte[] fontBytes, string? notice = null)
    {
        var dir = CliRunner.TempDir();
        var font = Path.Combine(dir, fileName);
        File.WriteAllBytes(font, fontBytes);
        var outDir = Path.Combine(dir, "out");

        var (exit, _, error) = CliRunner.Run("batch", "circular", "-d", notice ?? Notice, "-r", "builtin:code=011002", "-f", "pdf", "--font", font, "-o", outDir);

        Assert.Equal(1, exit);
        Assert.False(Directory.Exists(outDir), "nothing may be written");
        return (error, dir);
    }

    private static byte[] UnusableFont(string kind) => kind switch
    {
        "cff-otf" => SfntFont.Build(SfntFont.OpenTypeCff, "CFF "),
        "cff-table" => SfntFont.Build(SfntFont.TrueType, "CFF "),
        "collection" => [.. "ttcf"u8, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 16, .. SfntFont.Build(SfntFont.OpenTypeCff, "CFF ")],
        "not-a-font" => "%PDF-1.7\n% this is a PDF, not a font\n"u8.ToArray(),
        "damaged" => SfntFont.Build(SfntFont.TrueType, "glyf")[..80],
        "no-metrics" => SfntFont.Build(SfntFont.TrueType, "glyf", horizontalMetrics: 0), // was an internal error when a width was first asked for
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    // --- 2. links inside templates/ that lead outside it ----------------------------------------------------------

    [Theory]
    [InlineData("partial-file")]
    [InlineData("partial-folder")]
    [InlineData("template-folder")]
    public void A_link_out_of_the_templates_folder_is_refused(string kind)
    {
        var dir = CliRunner.TempDir();
        var templates = CopyTemplates(dir);
        var outside = Path.Combine(dir, "outside");
        Directory.CreateDirectory(outside);
        switch (kind)
        {
            case "partial-file":
                var partial = Path.Combine(templates, "partials", "reasoning", "ordinance-exception.sbn");
                File.WriteAllText(Path.Combine(outside, "secret.sbn"), "外部のファイル");
                File.Delete(partial);
                File.CreateSymbolicLink(partial, Path.Combine(outside, "secret.sbn"));
                break;
            case "partial-folder":
                var reasoning = Path.Combine(templates, "partials", "reasoning");
                Directory.Move(reasoning, Path.Combine(outside, "reasoning"));
                Directory.CreateSymbolicLink(reasoning, Path.Combine(outside, "reasoning"));
                break;
            default:
                var circular = Path.Combine(templates, "circular");
                Directory.Move(circular, Path.Combine(outside, "circular"));
                Directory.CreateSymbolicLink(circular, Path.Combine(outside, "circular"));
                break;
        }
        var outDir = Path.Combine(dir, "out");

        var (exit, _, error) = CliRunner.Run("render", "circular", "--templates", templates, "-d", Notice, "-f", "txt", "-o", outDir);

        Assert.Equal(1, exit);
        Assert.Contains("outside the templates folder", error);
        Assert.False(Directory.Exists(outDir), "nothing may be written");
        ErrorGolden.AssertMatches($"misc-link-{kind}", error, dir);
    }

    [Fact]
    public void A_link_that_stays_inside_the_templates_folder_is_fine()
    {
        var dir = CliRunner.TempDir();
        var templates = CopyTemplates(dir);
        Directory.CreateSymbolicLink(Path.Combine(templates, "circular-copy"), "circular");
        var reasoning = Path.Combine(templates, "partials", "reasoning");
        Directory.Move(reasoning, Path.Combine(templates, "partials", "reasoning-real"));
        Directory.CreateSymbolicLink(reasoning, Path.Combine(templates, "partials", "reasoning-real"));
        var outDir = Path.Combine(dir, "out");

        var (exit, _, error) = CliRunner.Run("render", "circular-copy", "--templates", templates, "-d", Notice, "-f", "txt", "-o", outDir);

        Assert.True(exit == 0, error);
        Assert.Contains("個人情報の保護に関する条例", File.ReadAllText(Path.Combine(outDir, "circular-copy.txt")));
    }

    private static string CopyTemplates(string dir)
    {
        var source = Path.Combine(CliRunner.RepoRoot, "templates");
        var target = Path.Combine(dir, "templates");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return target;
    }

    // --- 3. unknown template names --------------------------------------------------------------------------------

    [Theory]
    [InlineData("render")]
    [InlineData("check")]
    [InlineData("batch")]
    public void An_unknown_template_is_named_with_the_closest_one(string command)
    {
        var dir = CliRunner.TempDir();
        var outDir = Path.Combine(dir, "out");
        string[] args = command switch
        {
            "render" => ["render", "circulr", "-f", "txt", "-o", outDir],
            "check" => ["check", "circulr"],
            _ => ["batch", "circulr", "-r", "builtin:code=011002", "-f", "txt", "-o", outDir],
        };

        var (exit, _, error) = CliRunner.Run(args);

        Assert.Equal(1, exit);
        Assert.Contains("No template named 'circulr'", error);
        Assert.Contains("Did you mean 'circular'?", error);
        Assert.DoesNotContain("notice data file", error);
        Assert.False(Directory.Exists(outDir), "nothing may be written");
        ErrorGolden.AssertMatches($"misc-unknown-template-{command}", error, dir);
    }

    [Theory]
    [InlineData("circular/")]
    [InlineData("")]
    public void A_template_name_that_is_not_a_plain_folder_name_is_unknown(string name)
    {
        var outDir = Path.Combine(CliRunner.TempDir(), "out");
        var (exit, _, error) = CliRunner.Run("render", name, "-d", Notice, "-f", "txt", "-o", outDir);
        Assert.Equal(1, exit);
        Assert.Contains($"No template named '{name}'", error);
        Assert.False(Directory.Exists(outDir), "nothing may be written");
    }

    // --- 4, 5. option values --------------------------------------------------------------------------------------

    [Theory]
    [InlineData("parallel-zero", "--parallel", "0")]
    [InlineData("parallel-negative", "--parallel", "-1")]
    [InlineData("parallel-word", "--parallel", "abc")]
    [InlineData("parallel-huge", "--parallel", "99999999999")]
    public void A_bad_parallel_value_is_a_usage_error_in_plain_words(string name, string option, string value)
    {
        var outDir = Path.Combine(CliRunner.TempDir(), "out");
        var (exit, _, error) = CliRunner.Run("batch", "circular", "-d", Notice, "-r", "builtin:code=011002", "-f", "txt", "-o", outDir, option, value);
        Assert.Equal(2, exit);
        Assert.Contains("--parallel", error);
        Assert.DoesNotContain("System.", error);
        Assert.False(Directory.Exists(outDir), "nothing may be written");
        ErrorGolden.AssertMatches($"misc-option-{name}", error);
    }

    [Theory]
    [InlineData("out-is-a-file", "render")]
    [InlineData("out-is-a-file", "batch")]
    [InlineData("data-is-a-folder", "render")]
    [InlineData("font-is-a-folder", "render")]
    [InlineData("templates-is-a-file", "check")]
    public void A_path_option_of_the_wrong_kind_is_refused_before_anything_is_written(string name, string command)
    {
        var dir = CliRunner.TempDir();
        var file = Path.Combine(dir, "list.txt");
        File.WriteAllText(file, "before");
        string[] extra = name switch
        {
            "out-is-a-file" => ["-o", file],
            "data-is-a-folder" => ["-o", Path.Combine(dir, "out"), "-d", dir],
            "font-is-a-folder" => ["-o", Path.Combine(dir, "out"), "-f", "pdf", "--font", dir],
            _ => ["--templates", file],
        };
        string[] args = command switch
        {
            "batch" => ["batch", "circular", "-r", "builtin:code=011002", "-f", "txt", .. extra],
            "check" => ["check", "circular", .. extra],
            _ => [command, "circular", .. extra],
        };

        var (exit, _, error) = CliRunner.Run(args);

        // a file where the output folder should be is a problem with the output folder (exit 1, as OutputOwnershipTests);
        // the other wrong kinds are command-line mistakes (exit 2)
        Assert.Equal(name == "out-is-a-file" ? 1 : 2, exit);
        Assert.Equal("before", File.ReadAllText(file));
        Assert.Equal(["list.txt"], Directory.EnumerateFileSystemEntries(dir).Select(Path.GetFileName));
        ErrorGolden.AssertMatches($"misc-option-{name}-{command}", error, dir);
    }

    // --- 6. file-system failures while writing --------------------------------------------------------------------

    [Theory]
    [InlineData("render")]
    [InlineData("batch")]
    public void An_output_folder_that_cannot_be_made_is_an_error_not_a_stack_trace(string command)
    {
        var dir = CliRunner.TempDir();
        var file = Path.Combine(dir, "list.txt");
        File.WriteAllText(file, "before");
        var outDir = Path.Combine(file, "out");
        string[] args = command == "render"
            ? ["render", "circular", "-d", Notice, "-f", "txt", "-o", outDir]
            : ["batch", "circular", "-d", Notice, "-r", "builtin:code=011002", "-f", "txt", "-o", outDir];

        var (exit, _, error) = CliRunner.Run(args);

        Assert.Equal(1, exit);
        Assert.StartsWith("generator: error: ", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal("before", File.ReadAllText(file));
        Assert.Equal(["list.txt"], Directory.EnumerateFileSystemEntries(dir).Select(Path.GetFileName));
        ErrorGolden.AssertMatches($"misc-out-under-a-file-{command}", error, dir);
    }
}
