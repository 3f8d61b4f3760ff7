using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Generator.Cli.Tests.Support;
using MimeKit;
using static Generator.Cli.Tests.Support.XlsxFile;

namespace Generator.Cli.Tests;

/// <summary>
/// Hostile recipient files through the real CLI (issue 11): mixed or unusual encodings, XLSX error values, formulas,
/// merged cells, hidden sheets and zip bombs, out-of-service bodies given by name, very long names, control characters
/// and e-mail lists. Each is either read as Excel/Windows would read it or refused with file, row and column.
/// </summary>
[Collection("cli")]
public sealed class RecipientReliabilityTests
{
    private const string Template = "forwarding-notice";
    private static readonly Encoding Cp932 = CodePages();

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932);
    }

    private static (int Exit, string Out, string Err) Check(string recipients) => CliRunner.Run("check", Template, "--recipients", recipients);

    private static (int Exit, string Out, string Err) Batch(string recipients, string outDir, params string[] more) =>
        CliRunner.Run(["batch", Template, "--recipients", recipients, "--format", "txt", "--out", outDir, .. more]);

    private static string WriteBytes(string folder, string name, params byte[][] parts)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, [.. parts.SelectMany(p => p)]);
        return path;
    }

    private static void AssertRefused(string golden, (int Exit, string Out, string Err) run, string temp)
    {
        Assert.True(run.Exit == 1, $"exit {run.Exit}: {run.Out}{run.Err}");
        ErrorGolden.AssertMatches(golden, run.Err, temp);
    }

    // 1. Encodings decided over the whole file.

    [Fact]
    public void A_csv_mixing_shift_jis_and_utf8_lines_is_refused_at_the_first_line_in_the_other_encoding()
    {
        var temp = CliRunner.TempDir();
        var path = WriteBytes(temp, "混在.csv",
            Encoding.ASCII.GetBytes("code,department\r\n"),
            Cp932.GetBytes("011002,総務局\r\n"),
            Encoding.UTF8.GetBytes("012025,総務部\r\n"));
        AssertRefused("recip-mixed-encoding", Check(path), temp);
        Assert.False(Directory.Exists(Path.Combine(temp, "out")));
        AssertRefused("recip-mixed-encoding", Batch(path, Path.Combine(temp, "out")), temp);
        Assert.False(Directory.Exists(Path.Combine(temp, "out")));
    }

    [Fact]
    public void A_csv_line_valid_in_neither_encoding_is_refused_naming_the_line()
    {
        var temp = CliRunner.TempDir();
        var path = WriteBytes(temp, "壊れ.csv",
            Encoding.ASCII.GetBytes("code,department\r\n011002,soumu\r\n"),
            [.. Encoding.ASCII.GetBytes("012025,"), 0xFF, 0xFE, 0x85, .. Encoding.ASCII.GetBytes("\r\n")]);
        AssertRefused("recip-neither-encoding", Check(path), temp);
    }

    // 2. CP932 as Windows decodes it: NEC special characters, NEC-selected IBM extensions (ED/EE) and IBM extensions (FA–FC).

    [Fact]
    public void Shift_jis_with_nec_and_ibm_extension_characters_is_read_as_windows_reads_it()
    {
        var temp = CliRunner.TempDir();
        byte[] necSelected = [0xEE, 0xE0, 0xED, 0x95]; // 髙﨑 in the NEC-selected IBM extension rows
        byte[] ibm = [0xFB, 0xFC, 0xFA, 0xB1];         // 髙﨑 in the IBM extension rows
        byte[] nec = [0x87, 0x40, 0x87, 0x8A];         // ①㈱ in the NEC special characters (row 13)
        var path = WriteBytes(temp, "送付先.csv",
            Encoding.ASCII.GetBytes("code,addressee\r\n011002,"), necSelected, Encoding.ASCII.GetBytes("/"), ibm, Encoding.ASCII.GetBytes("/"), nec,
            Encoding.ASCII.GetBytes("\r\n"));
        var outDir = Path.Combine(temp, "out");
        var (exit, _, error) = Batch(path, outDir);
        Assert.True(exit == 0, error);
        Assert.Contains("髙﨑/髙﨑/①㈱", File.ReadAllText(Path.Combine(outDir, "011002_札幌市.txt")));
    }

    // 3. UTF-16.

    [Theory]
    [InlineData("le", false)]
    [InlineData("be", true)]
    public void Utf16_without_a_byte_order_mark_is_refused_with_what_to_save_instead(string name, bool bigEndian)
    {
        var temp = CliRunner.TempDir();
        var path = WriteBytes(temp, $"utf16{name}.csv", new UnicodeEncoding(bigEndian, false).GetBytes("code,department\r\n011002,総務局\r\n"));
        AssertRefused($"recip-utf16{name}-without-bom", Check(path), temp);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_a_byte_order_mark_is_read(bool bigEndian)
    {
        var temp = CliRunner.TempDir();
        var path = WriteBytes(temp, "utf16.csv", new UnicodeEncoding(bigEndian, true).GetPreamble(),
            new UnicodeEncoding(bigEndian, false).GetBytes("code,addressee\r\n011002,札幌市長　髙橋様\r\n"));
        var outDir = Path.Combine(temp, "out");
        var (exit, _, error) = Batch(path, outDir);
        Assert.True(exit == 0, error);
        Assert.Contains("札幌市長　髙橋様", File.ReadAllText(Path.Combine(outDir, "011002_札幌市.txt")));
    }

    // 4. XLSX cells that are not data.

    [Fact]
    public void An_xlsx_error_value_used_as_data_is_refused_with_sheet_and_cell()
    {
        var temp = CliRunner.TempDir();
        var path = XlsxFile.Write(temp, "送付先.xlsx", new SheetSpec("送付先", [
            Row(1, "code", "department", "memo"),
            Row(2, "011002", "総務局"),
            new(Text("A3", "012025"), Error("B3", "#DIV/0!"), Error("C3", "#N/A")) { RowIndex = 3 },
        ]));
        AssertRefused("recip-xlsx-error-value", Check(path), temp);
    }

    [Fact]
    public void An_xlsx_formula_without_a_saved_value_is_refused_asking_to_save_it_in_excel()
    {
        var temp = CliRunner.TempDir();
        var path = XlsxFile.Write(temp, "送付先.xlsx", new SheetSpec("Sheet1", [
            Row(1, "code", "department"),
            new(Text("A2", "011002"), Formula("B2", "\"総務\"&\"局\"")) { RowIndex = 2 },
        ]));
        AssertRefused("recip-xlsx-formula-without-value", Check(path), temp);
    }

    [Fact]
    public void Merged_xlsx_cells_are_refused_naming_the_range()
    {
        var temp = CliRunner.TempDir();
        var path = XlsxFile.Write(temp, "送付先.xlsx", new SheetSpec("Sheet1", [
            Row(1, "code", "department"),
            Row(2, "011002", "総務局"),
            Row(3, "012025", null),
        ], Merged: "B2:B3"));
        AssertRefused("recip-xlsx-merged", Check(path), temp);
    }

    [Fact]
    public void A_hidden_first_sheet_is_skipped_and_the_sheet_read_is_named()
    {
        var temp = CliRunner.TempDir();
        var path = XlsxFile.Write(temp, "送付先.xlsx",
            new SheetSpec("旧リスト", [Row(1, "code"), Row(2, "011002"), Row(3, "012025"), Row(4, "131016")], Hidden: true),
            new SheetSpec("送付先", [Row(1, "code"), Row(2, "011002")]));
        var (exit, output, error) = Check(path);
        Assert.True(exit == 0, error);
        Assert.Contains("OK (1 recipients)", output);
        Assert.Equal($"{path}: note: read sheet '送付先', the first visible one of 2 (hidden sheet '旧リスト' skipped); choose another with --sheet.",
            error.TrimEnd());
    }

    // 5. Zip bombs.

    [Fact]
    public void An_xlsx_zip_bomb_is_refused_before_it_is_inflated()
    {
        var temp = CliRunner.TempDir();
        var small = XlsxFile.Write(temp, "small.xlsx", new SheetSpec("Sheet1", [Row(1, "code"), Row(2, "011002")]));
        string sheetPart;
        using (var document = SpreadsheetDocument.Open(small, false))
            sheetPart = document.WorkbookPart!.WorksheetParts.Single().Uri.OriginalString.TrimStart('/');
        var bomb = Path.Combine(temp, "送付先.xlsx");
        using (var source = ZipFile.OpenRead(small))
        using (var target = ZipFile.Open(bomb, ZipArchiveMode.Create))
        {
            foreach (var entry in source.Entries)
            {
                using var output = target.CreateEntry(entry.FullName, CompressionLevel.SmallestSize).Open();
                using var input = entry.Open();
                if (entry.FullName != sheetPart) input.CopyTo(output);
                else WriteHugeSheet(input, output, 300L * 1024 * 1024);
            }
        }
        Assert.True(new FileInfo(bomb).Length < 2 * 1024 * 1024);
        var watch = Stopwatch.StartNew();
        AssertRefused("recip-xlsx-zip-bomb", Check(bomb), temp);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    /// <summary>The sheet's XML with <paramref name="padding"/> bytes of blanks after its root start tag: valid, and tiny when packed.</summary>
    private static void WriteHugeSheet(Stream input, Stream output, long padding)
    {
        var xml = new StreamReader(input).ReadToEnd();
        var cut = xml.IndexOf('>', xml.IndexOf("<x:worksheet", StringComparison.Ordinal) is var i and >= 0 ? i : xml.IndexOf("<worksheet", StringComparison.Ordinal)) + 1;
        output.Write(Encoding.UTF8.GetBytes(xml[..cut]));
        var blanks = new byte[1024 * 1024];
        Array.Fill(blanks, (byte)' ');
        for (long written = 0; written < padding; written += blanks.Length) output.Write(blanks);
        output.Write(Encoding.UTF8.GetBytes(xml[cut..]));
    }

    // 6. Out-of-service bodies given by name.

    [Fact]
    public void A_northern_territories_village_given_by_name_and_kind_is_refused_as_its_code_is()
    {
        var temp = CliRunner.TempDir();
        var path = RecipientFile.WriteCsv(temp, "送付先.csv", "name,kind", "色丹村,village", "北海道蘂取村,村", "泊村,village", "札幌市,city");
        AssertRefused("recip-northern-territories", Check(path), temp);
    }

    // 7. Very long names: a file stem that fits, and check agreeing with batch.

    [Fact]
    public void A_300_character_name_gets_a_short_stable_file_name_and_check_agrees_with_batch()
    {
        var temp = CliRunner.TempDir();
        var longName = "地方独立行政法人" + string.Concat(Enumerable.Repeat("北海道立総合研究機構", 30));
        var path = RecipientFile.WriteCsv(temp, "送付先.csv", "name,kind", $"{longName},agency", $"{longName}別,agency");
        var (checkExit, checkOut, checkError) = Check(path);
        Assert.True(checkExit == 0, checkError);
        Assert.Contains("OK (2 recipients)", checkOut);
        var outDir = Path.Combine(temp, "out");
        var (exit, _, error) = Batch(path, outDir);
        Assert.True(exit == 0, error);
        var names = Directory.GetFiles(outDir, "row*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, names.Count);
        Assert.All(names, n => Assert.True(Encoding.UTF8.GetByteCount(n!) <= 160, n));
        Assert.All(names, n => Assert.Matches(@"^row000[23]_地方独立行政法人北海道立総合研究機構.*~[0-9a-f]{8}\.txt$", n));
        Assert.NotEqual(names[0]![8..], names[1]![8..]);
        Assert.Contains(longName, File.ReadAllText(Path.Combine(outDir, names[0]!)));
    }

    [Fact]
    public void Check_reports_every_problem_that_batch_would_hit_at_the_same_rows()
    {
        var temp = CliRunner.TempDir();
        var files = new[]
        {
            RecipientFile.WriteCsv(temp, "long.csv", "name,kind,email", $"{new string('長', 300)},agency,a@example.lg.jp;b@example.lg.jp"),
            RecipientFile.WriteCsv(temp, "control.csv", "code,department", "011002,総務\u001B[31m局", "012025,\u202E総務部"),
            RecipientFile.WriteCsv(temp, "email.csv", "code,email", "011002,a@example.lg.jp;b@example", "012025,c@example.lg.jp、d@example.lg.jp"),
            RecipientFile.WriteCsv(temp, "north.csv", "name,kind", "色丹村,village"),
            WriteBytes(temp, "mixed.csv", Encoding.ASCII.GetBytes("code,department\r\n"), Cp932.GetBytes("011002,総務局\r\n"), Encoding.UTF8.GetBytes("012025,総務部\r\n")),
            XlsxFile.Write(temp, "error.xlsx", new SheetSpec("S", [Row(1, "code", "department"), new(Text("A2", "011002"), Error("B2", "#N/A")) { RowIndex = 2 }])),
        };
        foreach (var file in files)
        {
            var check = Check(file);
            var outDir = Path.Combine(temp, "out-" + Path.GetFileNameWithoutExtension(file));
            var batch = CliRunner.Run("batch", Template, "--recipients", file, "--format", "txt,pdf", "--eml", "--out", outDir);
            Assert.True(check.Exit == batch.Exit, $"{file}: check exit {check.Exit}, batch exit {batch.Exit}\n{check.Err}\n{batch.Err}");
            Assert.Equal(check.Err, batch.Err);
            Assert.Equal(batch.Exit == 0, Directory.Exists(outDir));
        }
    }

    // 8. Control characters.

    [Fact]
    public void Control_and_bidi_characters_are_refused_by_row_and_column_and_never_printed_raw()
    {
        var temp = CliRunner.TempDir();
        var path = RecipientFile.WriteCsv(temp, "送付先.csv", "code,name,department",
            "011002,札幌\u001B[2J市,総務局",
            "012025,函館市\uFFFE,総務部",
            "012033,小樽市,\u202Eevil\u202C総務部",
            "014036,泊村,総務\u0000課",
            "131016,千代田区,政策\u0085経営部",
            "131024,中\u2028央区,総務部",
            "131032,港区,総務部\u2066");
        var (exit, _, error) = Check(path);
        Assert.Equal(1, exit);
        Assert.DoesNotContain(error, c => c < 0x20 && c != '\n' && c != '\r' || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u202E' or '\u2066' or '\uFFFE');
        ErrorGolden.AssertMatches("recip-control-characters", error, temp);
    }

    [Fact]
    public void A_lone_surrogate_in_a_json_recipient_file_is_refused_naming_the_place()
    {
        var temp = CliRunner.TempDir();
        var path = Path.Combine(temp, "送付先.json");
        File.WriteAllText(path, "[\n  {\"code\": \"011002\", \"department\": \"総務\\ud800局\"}\n]\n");
        AssertRefused("recip-lone-surrogate", Check(path), temp);
    }

    [Fact]
    public void A_code_with_an_escape_sequence_is_printed_escaped()
    {
        var temp = CliRunner.TempDir();
        var path = RecipientFile.WriteCsv(temp, "送付先.csv", "code,department", "\u001B]0;pwned\u0007011002,総務局");
        var (exit, _, error) = Check(path);
        Assert.Equal(1, exit);
        Assert.DoesNotContain('\u001B', error);
        Assert.DoesNotContain('\u0007', error);
        Assert.Contains("<U+001B>", error);
    }

    // 9. Several e-mail addresses in one cell.

    [Fact]
    public void Several_email_addresses_in_one_cell_are_all_addressed_as_to()
    {
        var temp = CliRunner.TempDir();
        var path = RecipientFile.WriteCsv(temp, "送付先.csv", "code,email",
            "011002,soumu@city.sapporo.jp;hisho@city.sapporo.jp",
            "012025,\"somu@city.hakodate.hokkaido.jp, kikaku@city.hakodate.hokkaido.jp\"",
            "131016,somu@city.chiyoda.lg.jp、seisaku@city.chiyoda.lg.jp");
        var outDir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", Template, "--recipients", path, "--format", "pdf", "--eml", "--no-print", "--out", outDir);
        Assert.True(exit == 0, error);
        string[] To(string stem) => [.. MimeMessage.Load(Path.Combine(outDir, "eml", stem + ".eml")).To.Mailboxes.Select(m => m.Address)];
        Assert.Equal(["soumu@city.sapporo.jp", "hisho@city.sapporo.jp"], To("011002_札幌市"));
        Assert.Equal(["somu@city.hakodate.hokkaido.jp", "kikaku@city.hakodate.hokkaido.jp"], To("012025_函館市"));
        Assert.Equal(["somu@city.chiyoda.lg.jp", "seisaku@city.chiyoda.lg.jp"], To("131016_千代田区"));
    }

    [Fact]
    public void A_malformed_address_in_an_email_list_is_refused_at_its_cell()
    {
        var temp = CliRunner.TempDir();
        var path = RecipientFile.WriteCsv(temp, "送付先.csv", "code,department,email",
            "011002,総務局,soumu@city.sapporo.jp;hisho@city",
            "012025,総務部,somu@city.hakodate.hokkaido.jp、kikaku＠city.hakodate.hokkaido.jp");
        AssertRefused("recip-email-list", Check(path), temp);
    }
}
