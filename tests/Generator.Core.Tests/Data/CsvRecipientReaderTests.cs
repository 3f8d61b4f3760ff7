using System.Text;
using Generator.Data;

namespace Generator.Core.Tests.Data;

public class CsvRecipientReaderTests
{
    // 髙 is an IBM extension, 﨑 an NEC-selected IBM extension, ① an NEC special character: all CP932, none JIS X 0208.
    private const string Csv = "コード,団体名,宛名,担当部署\n011002,,札幌市長　髙橋　①郎,総務局\n012025,,函館市長　山﨑　太郎,企画部\n";

    static CsvRecipientReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> Encodings => ["utf-8-bom", "utf-8", "cp932", "utf-16le-bom"];

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8-bom" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)],
        "utf-8" => Encoding.UTF8.GetBytes(text),
        "cp932" => Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes(text),
        "utf-16le-bom" => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)],
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Reads_csv_in_every_encoding_without_being_told(string encoding)
    {
        using var folder = new TempFolder();
        var bytes = Encode(Csv, encoding);
        if (encoding == "cp932") Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));
        var set = RecipientLoader.Load(folder.Write($"{encoding}.csv", bytes), RecipientLoadOptions.Default);
        Assert.Empty(set.Diagnostics);
        Assert.Equal(["札幌市長　髙橋　①郎", "函館市長　山﨑　太郎"], set.Recipients.Select(r => r.Fields["addressee"]));
        Assert.Equal(["札幌市", "函館市"], set.Recipients.Select(r => r.Name));
        Assert.Equal(["総務局", "企画部"], set.Recipients.Select(r => r.Fields["department"]));
    }

    [Fact]
    public void Detector_reports_which_encoding_it_chose()
    {
        Assert.True(TextEncodingDetector.TryDecode(Encode("髙①﨑", "cp932"), out var text, out var name, out _, out _));
        Assert.Equal(("髙①﨑", "Shift_JIS (CP932)"), (text, name));
        Assert.True(TextEncodingDetector.TryDecode(Encode("髙①﨑", "utf-8"), out _, out name, out _, out _));
        Assert.Equal("UTF-8", name);
        Assert.True(TextEncodingDetector.TryDecode(Encode("髙①﨑", "utf-8-bom"), out text, out name, out _, out _));
        Assert.Equal(("髙①﨑", "UTF-8 (BOM)"), (text, name));
    }

    [Fact]
    public void Undecodable_bytes_are_reported_with_their_line()
    {
        using var folder = new TempFolder();
        // 0x85 0x40 is valid as neither UTF-8 nor CP932 (row 0x85 is unassigned in CP932).
        byte[] bytes = [.. Encoding.ASCII.GetBytes("code,name\n011002,x\n"), 0x85, 0x40, (byte)'\n'];
        var path = folder.Write("bad.csv", bytes);
        var diagnostic = Assert.Single(RecipientLoader.Load(path, RecipientLoadOptions.Default).Diagnostics);
        Assert.Equal(
            $"{path}(3): error: The text is neither UTF-8 nor Shift_JIS (CP932); it cannot be read. — " +
            "Save the file as UTF-8 (Excel: 「CSV UTF-8 (コンマ区切り)」) or as Shift_JIS (「CSV (コンマ区切り)」).",
            diagnostic.ToString());
    }

    [Fact]
    public void Values_stay_text_and_quoted_fields_keep_commas_and_line_breaks()
    {
        using var folder = new TempFolder();
        var path = folder.WriteUtf8("values.csv",
            "code,memo,name\n011002,=1+1,\"{{ 7*7 }}, 札幌\"\n012025,\"一行目\n二行目\",\n");
        var set = RecipientLoader.Load(path, RecipientLoadOptions.Default);
        Assert.Empty(set.Diagnostics);
        Assert.Equal("=1+1", set.Recipients[0].Fields["memo"]);
        Assert.Equal("{{ 7*7 }}, 札幌", set.Recipients[0].Name);
        Assert.Equal("一行目\n二行目", set.Recipients[1].Fields["memo"]);
        Assert.Equal(new RecipientSource(path, 3), set.Recipients[1].Source);
    }

    [Fact]
    public void Blank_lines_count_as_rows_like_excel_shows_them()
    {
        using var folder = new TempFolder();
        var path = folder.WriteUtf8("blank.csv", "code\n011002\n\n,,\n012025\n");
        var set = RecipientLoader.Load(path, RecipientLoadOptions.Default);
        Assert.Empty(set.Diagnostics);
        Assert.Equal([2, 5], set.Recipients.Select(r => r.Source.Row));
    }

    [Fact]
    public void Tab_separated_files_are_read_by_extension()
    {
        using var folder = new TempFolder();
        var set = RecipientLoader.Load(folder.WriteUtf8("list.tsv", "code\tdepartment\n011002\t総務局, 庶務課\n"), RecipientLoadOptions.Default);
        Assert.Empty(set.Diagnostics);
        Assert.Equal("総務局, 庶務課", set.Recipients.Single().Fields["department"]);
    }

    [Fact]
    public void Codes_that_lost_their_leading_zero_in_excel_are_repaired()
    {
        using var folder = new TempFolder();
        var set = RecipientLoader.Load(folder.WriteUtf8("zero.csv", "code\n11002\n01202\n131016\n"), RecipientLoadOptions.Default);
        Assert.Empty(set.Diagnostics);
        // 11002 is not a 5-digit code in the directory, but 011002 (札幌市) is; 01202 is 函館市 without its check digit.
        Assert.Equal(["011002", "012025", "131016"], set.Recipients.Select(r => r.Code));
    }
}
