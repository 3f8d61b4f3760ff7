using System.Text.RegularExpressions;
using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>Hostile recipient data: names that look like paths, device names, template code, formulas and markup.</summary>
[Collection("cli")]
public sealed partial class BatchSafetyTests
{
    private const string Title = "医療分野の研究開発に資するための匿名加工医療情報に関する法律と個人情報の保護に関する条例との関係について（通知）";

    /// <summary>Code-less recipients (kind agency) whose names are hostile; the header is row 1, so they are rows 2–8.</summary>
    private static string WriteHostileRecipients(string folder) => RecipientFile.WriteCsv(folder, "送付先.csv",
        "name,kind",
        "../../etc/passwd,agency",
        "CON,agency",
        "\"a/b\\c\",agency",
        "{{ 7*7 }},agency",
        "com1.txt,agency",
        "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",agency",
        "\"悪意\n@title 偽の件名\",agency");

    [Fact]
    public void Hostile_names_give_safe_file_names_inside_the_output_folder()
    {
        var temp = CliRunner.TempDir();
        var recipients = WriteHostileRecipients(temp);
        var dir = Path.Combine(temp, "out");
        var (exit, output, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", recipients, "--format", "txt,pdf", "--out", dir);
        Assert.True(exit == 0, error);
        Assert.Contains("7 recipients, 14 documents", output);

        string[] stems =
        [
            "row0002_____etc_passwd",              // ../ runs become _, never a path
            "row0003__CON",                        // reserved device name gets a leading _
            "row0004_a_b_c",                       // / and \ become _
            "row0005_{{ 7_7 }}",                   // * becomes _
            "row0006__com1.txt",                   // reserved also with an extension
            "row0007_=HYPERLINK(_http___x_,_y_)",  // " : / become _
            "row0008_悪意_@title 偽の件名",          // the line break becomes _ (a quoted multi-line cell is one row)
        ];
        Assert.Equal(stems.SelectMany(s => new[] { s + ".pdf", s + ".txt" }).Concat(["manifest.csv", "manifest.json", "print.pdf"]).Order(StringComparer.Ordinal),
            Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // nothing outside the output folder: no sub-folders, and beside it only the recipient file
        Assert.Empty(Directory.GetDirectories(dir));
        Assert.Equal(["out", "送付先.csv"], Directory.GetFileSystemEntries(temp).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(temp, "etc")));
        foreach (var file in Directory.GetFiles(dir))
        {
            var name = Path.GetFileName(file);
            Assert.DoesNotMatch(@"\.\.|[/\\<>:""|?*\x00-\x1f]", name);
            Assert.DoesNotMatch(ReservedDeviceName(), name);
            Assert.DoesNotMatch(ReservedDeviceName(), name[(name.IndexOf('_') + 1)..]); // the name part alone is safe too
        }
    }

    [Fact]
    public void Names_are_printed_literally_never_evaluated_nor_read_as_markup()
    {
        var temp = CliRunner.TempDir();
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", WriteHostileRecipients(temp), "--format", "txt", "--out", dir);
        Assert.True(exit == 0, error);

        // Scriban code in data is text: the addressee is 「{{ 7*7 }}理事長　様」, not 「49理事長」
        var template = File.ReadAllLines(Path.Combine(dir, "row0005_{{ 7_7 }}.txt"));
        Assert.Contains("{{ 7*7 }}理事長\u3000様", template);
        Assert.DoesNotContain(template, l => l.Contains("49", StringComparison.Ordinal));
        Assert.Contains("../../etc/passwd理事長\u3000様", File.ReadAllLines(Path.Combine(dir, "row0002_____etc_passwd.txt")));
        Assert.Contains("a/b\\c理事長\u3000様", File.ReadAllLines(Path.Combine(dir, "row0004_a_b_c.txt")));

        // a line break and a directive in a name do not start a markup line: the title stays the notice's own
        var injected = File.ReadAllLines(Path.Combine(dir, "row0008_悪意_@title 偽の件名.txt"));
        Assert.Contains("悪意 @title 偽の件名理事長\u3000様", injected);
        Assert.Contains(Title, injected);
        Assert.Single(injected, l => l.Contains("偽の件名", StringComparison.Ordinal));

        // manifest.csv: a name Excel would run as a formula is written with a leading apostrophe, quoted
        var csv = File.ReadAllText(Path.Combine(dir, "manifest.csv"));
        Assert.Contains("6,,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",", csv);
        Assert.DoesNotContain(",=HYPERLINK", csv);
    }

    [Fact]
    public void A_code_less_row_without_kind_is_reported_with_its_row_and_nothing_is_written()
    {
        var temp = CliRunner.TempDir();
        var recipients = RecipientFile.WriteCsv(temp, "送付先.csv", "name,kind", "../../etc/passwd,agency", "CON,", "北海道立総合研究機構,agency");
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", recipients, "--format", "txt", "--out", dir);
        Assert.Equal(1, exit);
        Assert.Matches(@"送付先\.csv\(3,\d+\): error: A recipient without a code needs kind", error);
        Assert.DoesNotContain("送付先.csv(2,", error);
        Assert.DoesNotContain("送付先.csv(4,", error);
        Assert.False(Directory.Exists(dir));
        Assert.Equal(["送付先.csv"], Directory.GetFileSystemEntries(temp).Select(Path.GetFileName));
    }

    /// <summary>A Windows device name as a whole file name, with or without extension.</summary>
    [GeneratedRegex(@"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)(\..*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReservedDeviceName();
}
