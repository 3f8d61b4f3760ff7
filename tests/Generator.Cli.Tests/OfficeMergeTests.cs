using Generator.Cli.Tests.Support;
using MimeKit;
using static Generator.Cli.Tests.Support.XlsxFile;

namespace Generator.Cli.Tests;

/// <summary>
/// Mail merge as a prefecture's office does it (issue 15, part A), through the real CLI: Excel lists with title rows
/// above the header and Japanese column names; one addressee (首長, 役職, or 課 with 御中) in the document, on the label
/// and in the e-mail; placeholders, unconfirmed values and a prefecture writing to another prefecture's bodies warned
/// about, and refused by <c>batch --final</c> before anything is written.
/// </summary>
[Collection("cli")]
public sealed class OfficeMergeTests
{
    private const string Template = "forwarding-notice";
    private static readonly string[] JapaneseHeader = ["団体コード", "団体名", "担当課", "役職", "担当者", "メールアドレス", "郵便番号", "住所"];

    private static string SampleNotice => File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "templates", Template, "notice.yaml"));

    /// <summary>The sample notice with <c>addressed_to</c> (added at the end, so its line numbers stay the sample's).</summary>
    private static string Notice(string folder, string addressedTo, string? text = null)
    {
        var path = Path.Combine(folder, "notice.yaml");
        File.WriteAllText(path, (text ?? SampleNotice) + $"\naddressed_to: {addressedTo}\n");
        return path;
    }

    /// <summary>The sample notice with every 「○」 filled in and its uncertain fields confirmed: ready to send.</summary>
    private static string FinishedNotice(string folder) => Notice(folder, "head", SampleNotice
        .Replace("府医第○号", "府医第１号").Replace("○文科振第○号", "30文科振第２号").Replace("医政総発○第○号", "医政総発0629第３号")
        .Replace("○商第○号", "20180629商第４号").Replace("○○課○○係", "地域医療課企画係")
        + "\nconfirmed: [circular.date, circular.numbers, law.amended.provision_article]\n");

    private static string[] Text(string dir, string stem) => File.ReadAllLines(Path.Combine(dir, stem + ".txt"));

    /// <summary>The lines of an error output, sorted (findings on one notice line may come in either order).</summary>
    private static string[] Lines(string output) => [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];

    private static string Flat(string line) => line.Replace(" ", "").Replace("\u3000", "");

    [Fact]
    public void An_xlsx_with_two_title_rows_is_read_from_the_header_below_them_and_says_so()
    {
        var temp = CliRunner.TempDir();
        var path = XlsxFile.Write(temp, "送付先.xlsx", new SheetSpec("送付先", [
            Row(1, "令和6年度　通知送付先一覧"),
            Row(2, "北海道保健福祉部地域医療課　作成"),
            Row(3, JapaneseHeader),
            Row(4, "011002", "札幌市", "保健福祉局", "局長", "", "iryo@city.sapporo.jp", "0608611", "北海道札幌市中央区北1条西2丁目"),
            Row(5, "012025", "函館市", "保健福祉部", "", "", "", "040-8666", "北海道函館市東雲町4番13号"),
        ]));
        var dir = Path.Combine(temp, "out");
        var (exit, output, error) = CliRunner.Run("batch", Template, "--data", Notice(temp, "title"), "--recipients", path, "--format", "txt", "--out", dir);
        Assert.True(exit == 0, error);
        Assert.Contains("2 recipients, 2 documents", output);
        Assert.Contains("送付先.xlsx: note: column headers found on row 3; rows 1, 2 above it were skipped as titles; choose the header row with --header-row.", error);
        Assert.Contains("札幌市保健福祉局長　様", Text(dir, "011002_札幌市"));   // 役職 局長 within 担当課 保健福祉局
        Assert.Contains("函館市保健福祉部　御中", Text(dir, "012025_函館市"));   // no 役職: the 課 itself, 御中
    }

    [Fact]
    public void Errors_below_title_rows_keep_the_excel_row_numbers()
    {
        var temp = CliRunner.TempDir();
        var path = XlsxFile.Write(temp, "送付先.xlsx", new SheetSpec("送付先", [
            Row(1, "令和6年度　通知送付先一覧"),
            Row(2, "（担当課の記入をお願いします）"),
            Row(3, JapaneseHeader),
            Row(4, "011002", "札幌市", "保健福祉局"),
            Row(5, "011003", "札幌市", "総務課"),
        ]));
        var (exit, _, error) = CliRunner.Run("check", Template, "--recipients", path);
        Assert.Equal(1, exit);
        Assert.Contains("送付先.xlsx(5,1)", error);
        ErrorGolden.AssertMatches("office-title-rows-error-row", error, temp);
    }

    [Fact]
    public void Header_row_option_chooses_the_row_and_an_empty_one_is_refused()
    {
        var temp = CliRunner.TempDir();
        var path = RecipientFile.WriteCsv(temp, "送付先.csv", "送付先一覧（団体名・担当課）", "", string.Join(",", JapaneseHeader), "011002,札幌市,保健福祉局");
        var (exit, output, error) = CliRunner.Run("check", Template, "--recipients", path, "--header-row", "3");
        Assert.True(exit == 0, error);
        Assert.Contains("OK (1 recipients)", output);
        Assert.DoesNotContain("note: column headers", error);

        // the title row names 団体名 in its text but is not a header: found automatically only on row 3
        var (auto, _, autoError) = CliRunner.Run("check", Template, "--recipients", path);
        Assert.True(auto == 0, autoError);
        Assert.Contains("column headers found on row 3; row 1 above it was skipped", autoError);

        var (wrong, _, wrongError) = CliRunner.Run("check", Template, "--recipients", path, "--header-row", "2");
        Assert.Equal(1, wrong);
        ErrorGolden.AssertMatches("office-header-row-empty", wrongError, temp);
    }

    [Fact]
    public void Japanese_columns_reach_the_document_the_label_and_the_mail_with_one_addressee()
    {
        var temp = CliRunner.TempDir();
        var path = RecipientFile.WriteCsv(temp, "送付先.csv", string.Join(",", JapaneseHeader),
            "011002,札幌市,健康増進課,課長,山田　太郎,kenko@city.sapporo.jp,0608611,北海道札幌市中央区北1条西2丁目",
            "012025,函館市,健康増進課,,,kenko@city.hakodate.jp,0408666,北海道函館市東雲町4番13号",
            "012033,小樽市,,,,otaru@city.otaru.jp,047-8660,北海道小樽市花園2丁目12番1号");
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", Template, "--data", Notice(temp, "title"), "--recipients", path, "--format", "txt,pdf", "--eml", "--out", dir);
        Assert.True(exit == 0, error);

        var labels = PdfTools.Lines(Path.Combine(dir, "labels.pdf")).Select(Flat).ToList();
        foreach (var (stem, addressee, email, postal, address) in new[]
        {
            ("011002_札幌市", "札幌市健康増進課長　山田　太郎　様", "kenko@city.sapporo.jp", "〒060-8611", "北海道札幌市中央区北1条西2丁目"), // 役職 + 担当者
            ("012025_函館市", "函館市健康増進課　御中", "kenko@city.hakodate.jp", "〒040-8666", "北海道函館市東雲町4番13号"),       // no 役職: the 課
            ("012033_小樽市", "小樽市長　様", "otaru@city.otaru.jp", "〒047-8660", "北海道小樽市花園2丁目12番1号"),                 // neither: the head
        })
        {
            Assert.Contains(addressee, Text(dir, stem));                                   // the document
            Assert.Contains(Flat(addressee), labels);                                       // the label, one line
            Assert.Contains(postal, labels);
            Assert.Contains(address, labels);
            var to = Assert.Single(MimeMessage.Load(Path.Combine(dir, "eml", stem + ".eml")).To.Mailboxes);
            Assert.Equal(addressee, to.Name);                                               // the e-mail's To name
            Assert.Equal(email, to.Address);
        }
        Assert.DoesNotContain(labels, l => l == "健康増進課");                             // no separate 担当課 line above another addressee
    }

    [Fact]
    public void Gochu_never_comes_with_sama()
    {
        var temp = CliRunner.TempDir();
        var path = RecipientFile.WriteCsv(temp, "送付先.csv", "団体コード,団体名,担当課,宛名,郵便番号,住所",
            "011002,札幌市,,札幌市総務局御中,0608611,北海道札幌市中央区北1条西2丁目",  // the data's own 宛名 with 御中: as it is
            "012025,函館市,総務部,,0408666,北海道函館市東雲町4番13号");                 // department choice
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", Template, "--data", Notice(temp, "department"), "--recipients", path, "--format", "txt,pdf", "--out", dir);
        Assert.True(exit == 0, error);
        var labels = PdfTools.Lines(Path.Combine(dir, "labels.pdf")).Select(Flat).ToList();
        foreach (var (stem, addressee) in new[] { ("011002_札幌市", "札幌市総務局御中"), ("012025_函館市", "函館市総務部　御中") })
        {
            var text = Text(dir, stem);
            Assert.Contains(addressee, text);
            Assert.DoesNotContain(text, l => l.Contains("御中", StringComparison.Ordinal) && l.Contains('様'));
            Assert.DoesNotContain(text, l => l.Trim() == "様");
            Assert.Contains(Flat(addressee), labels);
        }
        Assert.DoesNotContain(labels, l => l.Contains('様'));
    }

    [Fact]
    public void Final_refuses_placeholders_and_unconfirmed_values_listing_each_with_its_field_and_writes_nothing()
    {
        var temp = CliRunner.TempDir();
        var dir = Path.Combine(temp, "out");
        var notice = Notice(temp, "head");
        var (exit, output, error) = CliRunner.Run("batch", Template, "--data", notice, "--recipients", "builtin:code=011002,012025", "--format", "txt", "--final", "--out", dir);
        Assert.Equal(1, exit);
        Assert.False(Directory.Exists(dir));
        Assert.DoesNotContain("recipients,", output);
        foreach (var field in new[] { "circular.numbers[0] (国の通知の文書番号)", "circular.numbers[3]", "contact[0] (担当・連絡先)", "国の通知の日付 (circular.date) is marked uncertain" })
            Assert.Contains(field, error);
        Assert.Single(error.Split('\n'), l => l.Contains("「府医第○号」", StringComparison.Ordinal)); // once, not once per recipient
        ErrorGolden.AssertMatches("office-final-placeholders", error, temp);

        // without --final the same run is made, with the same findings as warnings
        var (draft, warnings, draftError) = CliRunner.Run("batch", Template, "--data", notice, "--recipients", "builtin:code=011002,012025", "--format", "txt", "--out", dir);
        Assert.True(draft == 0, draftError);
        Assert.Contains("notice.yaml(21,7): warning: placeholder 「府医第○号」 in circular.numbers[0] (国の通知の文書番号)", warnings);

        // check warns too
        var (checkExit, checkOutput, _) = CliRunner.Run("check", Template, "--data", notice, "--recipients", "builtin:code=011002");
        Assert.Equal(0, checkExit);
        Assert.Contains("warning: placeholder 「担当：北海道保健福祉部○○課○○係」 in contact[0]", checkOutput);

        // check --final refuses what batch --final refuses, with the same lines
        var (checkFinal, checkFinalOutput, checkFinalError) = CliRunner.Run("check", Template, "--data", notice, "--recipients", "builtin:code=011002,012025", "--final");
        Assert.Equal(1, checkFinal);
        Assert.DoesNotContain("OK", checkFinalOutput);
        Assert.Equal(Lines(error), Lines(checkFinalError));

        // filled in and confirmed: --final makes it
        var finished = Path.Combine(temp, "finished");
        Directory.CreateDirectory(finished);
        var (ok, okOutput, okError) = CliRunner.Run("batch", Template, "--data", FinishedNotice(finished), "--recipients", "builtin:code=011002", "--format", "txt", "--final", "--out", Path.Combine(temp, "final"));
        Assert.True(ok == 0, okError);
        Assert.DoesNotContain("warning", okOutput);
        var (okCheck, okCheckOutput, okCheckError) = CliRunner.Run("check", Template, "--data", Path.Combine(finished, "notice.yaml"), "--recipients", "builtin:code=011002", "--final");
        Assert.True(okCheck == 0, okCheckError);
        Assert.Contains("OK (1 recipients)", okCheckOutput);
    }

    [Fact]
    public void A_prefecture_writing_to_another_prefecture_is_warned_and_refused_with_final()
    {
        var temp = CliRunner.TempDir();
        var notice = FinishedNotice(temp);
        var (exit, output, error) = CliRunner.Run("check", Template, "--data", notice, "--recipients", "builtin:code=472018,011002");
        Assert.True(exit == 0, error);
        Assert.Contains("warning: the sender is 北海道 (sender.body), a prefecture, but 1 recipient is of another prefecture: 472018 那覇市.", output);

        var dir = Path.Combine(temp, "out");
        var (final, _, finalError) = CliRunner.Run("batch", Template, "--data", notice, "--recipients", "builtin:code=472018,011002", "--format", "txt", "--final", "--out", dir);
        Assert.Equal(1, final);
        Assert.False(Directory.Exists(dir));
        ErrorGolden.AssertMatches("office-final-cross-prefecture", finalError, temp);
        var (checkFinal, _, checkFinalError) = CliRunner.Run("check", Template, "--data", notice, "--recipients", "builtin:code=472018,011002", "--final");
        Assert.Equal(1, checkFinal);
        Assert.Equal(Lines(finalError), Lines(checkFinalError));

        var (own, ownOutput, ownError) = CliRunner.Run("check", Template, "--data", notice, "--recipients", "builtin:prefecture=北海道");
        Assert.True(own == 0, ownError);
        Assert.DoesNotContain("warning", ownOutput);
    }

    [Fact]
    public void The_summary_says_when_labels_are_not_made_for_want_of_an_address()
    {
        var temp = CliRunner.TempDir();
        var path = RecipientFile.WriteCsv(temp, "送付先.csv", "団体コード,団体名,担当課", "011002,札幌市,総務局");
        var dir = Path.Combine(temp, "out");
        var (exit, output, error) = CliRunner.Run("batch", Template, "--recipients", path, "--format", "pdf", "--no-print", "--out", dir);
        Assert.True(exit == 0, error);
        Assert.Contains("labels.pdf not made: no recipient has an address (column address / 住所).", output);
        Assert.False(File.Exists(Path.Combine(dir, "labels.pdf")));
    }
}
