using System.Collections.Immutable;
using Generator.Cli.Tests.Support;
using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Cli.Tests;

/// <summary>
/// One list of recipient file readers (宛先ファイルの形式) gives the extensions the loader reads, the CLI's help text
/// and the "Use .csv, …" message, and docs/recipients.md documents every one of them; a caller may register its own.
/// </summary>
[Collection("cli")]
public sealed class RecipientFileReadersTests
{
    private static IEnumerable<string> Extensions => RecipientArguments.Readers.SelectMany(r => r.Extensions);

    [Fact]
    public void Docs_list_every_registered_extension()
    {
        var docs = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "docs", "recipients.md"));
        var table = docs[docs.IndexOf("## Recipient files", StringComparison.Ordinal)..];
        Assert.DoesNotContain(Extensions, extension => !table.Contains($"`{extension}`", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("batch", "--recipients")]
    [InlineData("render", "--recipient")]
    public void The_help_of_the_recipient_options_names_every_registered_format(string command, string option)
    {
        var (exit, output, _) = CliRunner.Run(command, "--help");
        Assert.Equal(0, exit);
        var help = string.Join(" ", output.Split('\n').SkipWhile(line => !line.Contains(option, StringComparison.Ordinal))
            .TakeWhile(line => !line.Contains("--sheet", StringComparison.Ordinal)).Select(line => line.Trim()));
        Assert.Contains("CSV/TSV/XLSX/JSON/YAML file.", help);
        Assert.Contains("--sheet", output);
        Assert.Contains("Sheet of an XLSX recipient file", output);
    }

    [Fact]
    public void An_unsupported_extension_is_refused_naming_every_registered_extension()
    {
        var temp = CliRunner.TempDir();
        var list = Path.Combine(temp, "list.docx");
        File.WriteAllText(list, "code\n011002\n");
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "circular", "--recipients", list, "--format", "txt", "--out", dir);
        Assert.Equal(1, exit);
        Assert.False(Directory.Exists(dir));
        Assert.Contains("Use .csv, .txt, .tsv, .xlsx, .xlsm, .json, .yaml or .yml.", error);
        ErrorGolden.AssertMatches("readers-unsupported-extension", error, temp);
    }

    [Fact]
    public void A_reader_registered_in_the_options_is_chosen_by_extension_and_others_are_refused()
    {
        var temp = CliRunner.TempDir();
        var file = Path.Combine(temp, "宛先.LINES");
        File.WriteAllText(file, "011002\n012025\n");
        var options = new RecipientLoadOptions { Readers = [new LinesReader()] };

        var set = RecipientLoader.Load(file, options);

        Assert.Empty(set.Diagnostics);
        Assert.Equal(["札幌市", "函館市"], set.Recipients.Select(r => r.Name));
        var csv = RecipientFile.WriteCsv(temp, "list.csv", "code", "011002");
        Assert.Equal([$"{csv}: error: Unsupported recipient file type '.csv'. — Use .lines."],
            RecipientLoader.Load(csv, options).Diagnostics.Select(d => d.ToString()));
    }

    /// <summary>A made-up format: one local-government code a line.</summary>
    private sealed class LinesReader : IRecipientFileReader
    {
        private static readonly IReadOnlyDictionary<string, int> NoHeader = new Dictionary<string, int>();

        public IReadOnlyList<string> Extensions { get; } = [".lines"];

        public string DisplayName => "LINES";

        public bool IsTabular => false;

        public IReadOnlyList<RawRecipientRecord> Read(string path, string? sheetName, List<Diagnostic> diagnostics, List<string> notes) =>
            File.ReadAllLines(path).Select((code, i) => new RawRecipientRecord(i + 1,
                [new RawRecipientCell(RecipientFieldNames.Code, code, i + 1, 1)], NoHeader)).ToList();
    }
}
