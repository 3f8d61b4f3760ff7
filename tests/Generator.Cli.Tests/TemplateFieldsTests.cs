using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>
/// Templates declare their fields (templates/&lt;name&gt;/fields.yaml): <c>generator templates &lt;name&gt;</c> lists them, and
/// <c>check</c>/<c>render</c>/<c>batch</c> refuse notice data with a missing or ill-typed field, naming its label at
/// notice.yaml's line, before anything is written.
/// </summary>
[Collection("cli")]
public sealed class TemplateFieldsTests
{
    [Fact]
    public void Templates_with_a_name_prints_its_fields_as_a_table()
    {
        var (exit, output, error) = CliRunner.Run("templates", "forwarding-notice");
        Assert.True(exit == 0, error);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("forwarding-notice  A prefecture's notice forwarding the 2018 joint circular", lines[0]);
        Assert.Equal(["key", "label", "type", "required", "help"], Cells(lines.Single(l => l.StartsWith("key ", StringComparison.Ordinal))));
        Assert.Equal(["number", "文書番号", "text", "yes", "発信する県の文書番号。未定の場合は「○」を使う"], Cells(Row(lines, "number")));
        Assert.Equal(["sender.name", "発信者の氏名", "text", "no", "空欄（~）なら職名だけを印字する"], Cells(Row(lines, "sender.name")));
        Assert.Equal(["circular.numbers", "国の通知の文書番号", "list", "yes"], Cells(Row(lines, "circular.numbers")).Take(4));
        Assert.EndsWith("要確認（仮の値）", Row(lines, "circular.numbers"));
        Assert.Contains("選択肢: 通知・周知・依頼", Row(lines, "kind"));
        Assert.Equal(["law.amended.by_number", "改正法の法律番号", "integer", "yes"], Cells(Row(lines, "law.amended.by_number")).Take(4));
        // the label column is aligned for full-width text: every row's type starts at the same display column
        var typeColumns = lines.Skip(2).Where(l => l.Length > 0).Select(l => DisplayWidth(l[..l.IndexOf(Cells(l)[2] + " ", l.IndexOf(Cells(l)[1], StringComparison.Ordinal), StringComparison.Ordinal)])).Distinct();
        Assert.Single(typeColumns);
    }

    [Fact]
    public void Templates_lists_the_columns_of_a_table_field()
    {
        var (exit, output, error) = CliRunner.Run("templates", "council-agenda");
        Assert.True(exit == 0, error);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(["items", "提供する情報の項目", "table", "yes", "1行に区分と項目"], Cells(Row(lines, "items")));
        Assert.Equal(["items[].category", "区分", "text", "yes"], Cells(Row(lines, "  items[].category")));
    }

    [Fact]
    public void Templates_takes_the_description_from_fields_yaml_when_the_readme_gives_none()
    {
        var temp = CliRunner.TempDir();
        var templates = Path.Combine(temp, "templates");
        CopyFolder(Path.Combine(CliRunner.RepoRoot, "templates"), templates);
        File.Delete(Path.Combine(templates, "council-referral", "README.md"));
        var fields = Path.Combine(templates, "council-referral", "fields.yaml");
        File.WriteAllText(fields, "description: 諮問書（説明は fields.yaml から）\n" + File.ReadAllText(fields));

        var (exit, output, error) = CliRunner.Run("templates", "--templates", templates);

        Assert.True(exit == 0, error);
        Assert.Contains("council-referral   諮問書（説明は fields.yaml から）", output.Split('\n').Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void Templates_with_an_unknown_name_is_an_error()
    {
        var (exit, output, error) = CliRunner.Run("templates", "circulr");
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        ErrorGolden.AssertMatches("fields-unknown-template", error);
    }

    public static TheoryData<string, string, string, string> BadNotices => new()
    {
        // a list where one line of text is expected: main printed 「["保福第1234号", "保福第1235号"]」 as the document number
        { "fields-render-list-for-text", "forwarding-notice", "number: 保福第1234号 ", "number: [保福第1234号, 保福第1235号]" },
        // a required field left out: main pointed at the template's line, not at the data
        { "fields-render-missing-required", "forwarding-notice", "ask_hospitals: 病院等の関係機関", "# ask_hospitals removed" },
        // a date not written YYYY-MM-DD: main pointed at the template's line
        { "fields-render-bad-date", "council-agenda", "start: 2024-10-01", "start: 2024/10/01" },
        // a misspelt choice: main silently took the other branch (administration) and cited the wrong article
        { "fields-render-bad-choice", "council-referral", "  operation: hospital", "  operation: hospitl" },
        // a law number in kanji: main pointed at a partial's line
        { "fields-render-not-integer", "council-agenda", "    by_number: 35", "    by_number: 三十五" },
        // a table row without one of its columns: main pointed at the template's line ('item' has no field 'content')
        { "fields-render-table-row", "council-agenda", "    content: 傷病名、診療行為、処方・注射の内容、検体検査の結果\n", "" },
    };

    [Theory]
    [MemberData(nameof(BadNotices))]
    public void Render_refuses_a_bad_field_at_its_notice_line_with_its_label_and_writes_nothing(string golden, string template, string from, string to)
    {
        var temp = CliRunner.TempDir();
        var data = NoticeWith(temp, template, from, to);
        var output = Path.Combine(temp, "out");

        var (exit, stdout, error) = CliRunner.Run("render", template, "--data", data, "--recipient", "011002", "--format", "txt", "--out", output);

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.False(Directory.Exists(output), "render wrote output for bad notice data");
        ErrorGolden.AssertMatches(golden, error, temp);
    }

    [Fact]
    public void Check_reports_every_bad_field_at_once()
    {
        var temp = CliRunner.TempDir();
        var data = NoticeWith(temp, "council-agenda", "start: 2024-10-01", "start: 令和6年10月1日");
        File.WriteAllText(data, File.ReadAllText(data)
            .Replace("matter: 諮問 ", "matter: 審議 ")
            .Replace("  hospitals: ○○病院", "  hospitals:\n    - ○○病院\n    - △△病院")
            .Replace("safety:\n  - 提供する医療情報は", "safety: 提供する医療情報は")
            .Replace("  address: 京都府京都市", "  address: ~"));

        var (exit, _, error) = CliRunner.Run("check", "council-agenda", "--data", data, "--recipients", "builtin:code=011002");

        Assert.Equal(1, exit);
        ErrorGolden.AssertMatches("fields-check-several", error, temp);
    }

    [Fact]
    public void Batch_refuses_a_bad_field_and_leaves_the_output_folder_as_it_was()
    {
        var temp = CliRunner.TempDir();
        var data = NoticeWith(temp, "forwarding-notice", "in_force: 2024-04-01", "in_force: 2024-04-31");
        var output = Path.Combine(temp, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "keep.txt"), "not ours");
        var before = FolderSnapshot.Take(output);

        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--data", data, "--recipients", "builtin:code=011002", "--format", "txt", "--out", output);

        Assert.Equal(1, exit);
        Assert.Equal(before, FolderSnapshot.Take(output));
        ErrorGolden.AssertMatches("fields-batch-bad-date", error, temp);
    }

    [Fact]
    public void A_mistake_in_fields_yaml_is_reported_at_its_line()
    {
        var temp = CliRunner.TempDir();
        var templates = Path.Combine(temp, "templates");
        CopyFolder(Path.Combine(CliRunner.RepoRoot, "templates"), templates);
        var fields = Path.Combine(templates, "council-referral", "fields.yaml");
        File.WriteAllText(fields, File.ReadAllText(fields).Replace("    type: date\n", "    type: day\n").Replace("    example: ○○第○号", "    exmple: ○○第○号"));

        var (exit, _, error) = CliRunner.Run("check", "council-referral", "--templates", templates, "--recipients", "builtin:code=011002");

        Assert.Equal(1, exit);
        ErrorGolden.AssertMatches("fields-declaration-error", error, temp);
    }

    [Theory]
    [InlineData("circular")]
    [InlineData("forwarding-notice")]
    [InlineData("council-referral")]
    [InlineData("council-agenda")]
    public void The_sample_notice_passes_check(string template)
    {
        var (exit, output, error) = CliRunner.Run("check", template, "--recipients", "builtin:code=011002");
        Assert.True(exit == 0, error);
        Assert.Contains($"{template}: OK", output);
    }

    [Fact]
    public void Check_notes_the_values_marked_uncertain()
    {
        var (exit, output, error) = CliRunner.Run("check", "forwarding-notice", "--recipients", "builtin:code=011002");
        Assert.True(exit == 0, error);
        var notes = output.Split('\n').Where(l => l.StartsWith("note: ", StringComparison.Ordinal)).ToList();
        Assert.Contains(notes, n => n.StartsWith("note: 国の通知の日付 (circular.date) is marked uncertain", StringComparison.Ordinal) && n.Contains("confirm 「2018-06-29」 before sending."));
        Assert.Contains(notes, n => n.StartsWith("note: 国の通知の文書番号 (circular.numbers)", StringComparison.Ordinal) && n.Contains("「府医第○号・○文科振第○号・医政総発○第○号・○商第○号」"));
        Assert.DoesNotContain(notes, n => n.Contains("(number)"));
    }

    private static string NoticeWith(string folder, string template, string from, string to)
    {
        var text = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "templates", template, "notice.yaml")).Replace("\r\n", "\n");
        Assert.Contains(from, text);
        var path = Path.Combine(folder, "notice.yaml");
        File.WriteAllText(path, text.Replace(from, to));
        return path;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string Row(IEnumerable<string> lines, string key) => lines.Single(l => l.StartsWith(key + " ", StringComparison.Ordinal));

    private static string[] Cells(string line) => line.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int DisplayWidth(string text) => text.Sum(c => c >= 0x2E80 ? 2 : 1);
}
