using System.Text;
using System.Text.Json;
using Generator.Cli.Tests.Support;
using Generator.Conventions;
using Generator.Data;

namespace Generator.Cli.Tests;

/// <summary>A real batch (forwarding-notice, DOCX + PDF) over a sample with every kind of body and the rarest characters of the
/// directory, read back with the Open XML SDK, pdftotext, pdfinfo and qpdf.</summary>
[Collection("cli")]
public sealed class BatchSampleTests
{
    /// <summary>Code, name, and the head designation the notice is addressed to.</summary>
    private static readonly (string Code, string Name, string Head)[] Sample =
    [
        ("010006", "北海道", "北海道知事"),       // prefecture (道)
        ("011002", "札幌市", "札幌市長"),         // designated city
        ("012025", "函館市", "函館市長"),         // city
        ("013455", "森町", "森町長"),             // town (not 森町町長)
        ("023213", "鰺ヶ沢町", "鰺ヶ沢町長"),     // 鰺: JIS X 0208 level 2; ヶ
        ("042030", "塩竈市", "塩竈市長"),         // 竈: level 2
        ("073644", "檜枝岐村", "檜枝岐村長"),     // village; 檜: level 2
        ("130001", "東京都", "東京都知事"),       // prefecture (都)
        ("131016", "千代田区", "千代田区長"),     // special ward
        ("133078", "檜原村", "檜原村長"),         // village
        ("153079", "聖籠町", "聖籠町長"),         // 籠: level 2
        ("204111", "下條村", "下條村長"),         // 條: level 2
        ("272299", "四條畷市", "四條畷市長"),
        ("292079", "五條市", "五條市長"),
        ("313904", "伯耆町", "伯耆町長"),         // 耆: level 2
        ("394050", "梼原町", "梼原町長"),         // 梼 (not 檮)
        ("422045", "諫早市", "諫早市長"),         // 諫: level 2
    ];

    [Fact]
    public void The_sample_covers_every_kind_and_head_of_agrees_with_the_expected_heads()
    {
        var recipients = RecipientLoader.Load($"builtin:code={string.Join(",", Sample.Select(s => s.Code))}", RecipientLoadOptions.Default).ThrowIfErrors().Recipients;
        Assert.Equal(Sample.Select(s => (s.Code, s.Name)), recipients.Select(r => (r.Code, r.Name)));
        Assert.Equal(["city", "designated_city", "prefecture", "special_ward", "town", "village"],
            recipients.Select(r => r.Fields["kind"]).Distinct().Order(StringComparer.Ordinal));
        foreach (var (recipient, expected) in recipients.Zip(Sample))
            Assert.Equal(expected.Head, HeadTitleFunctions.HeadOf(recipient.Name, recipient.Fields["head_title"]));
    }

    [Fact]
    public void Every_recipient_gets_a_docx_and_a_pdf_naming_its_body_and_head_with_a_manifest_that_matches_the_files()
    {
        var dir = Path.Combine(CliRunner.TempDir(), "out");
        var (exit, output, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", $"builtin:code={string.Join(",", Sample.Select(s => s.Code))}",
            "--format", "docx,pdf", "--out", dir);
        Assert.True(exit == 0, error);
        Assert.Contains($"{Sample.Length} recipients, {Sample.Length * 2} documents", output);

        var expectedFiles = Sample.SelectMany(s => new[] { $"{s.Code}_{s.Name}.docx", $"{s.Code}_{s.Name}.pdf" })
            .Concat(["manifest.csv", "manifest.json", "print.pdf"]).Order(StringComparer.Ordinal);
        Assert.Equal(expectedFiles, Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        foreach (var (code, name, head) in Sample)
        {
            var stem = Path.Combine(dir, $"{code}_{name}");

            // DOCX: the addressee paragraph is the head with the notice's honorific; the name recurs in the body (貴市の…審議会)
            var paragraphs = DocxText.Paragraphs(stem + ".docx");
            Assert.Contains($"{head}\u3000様", paragraphs);
            Assert.Contains($"{name}個人情報保護審議会", string.Concat(paragraphs));

            // PDF: the same, as pdftotext extracts it (the ToUnicode map must give back 鰺, 竈, 梼 … exactly)
            var lines = PdfTools.Lines(stem + ".pdf");
            Assert.Contains(head + "様", lines.Select(NoSpaces)); // 「札幌市長　様」; pdftotext -raw gives the gap as a space
            Assert.Contains($"{name}個人情報保護審議会", string.Concat(lines));
            Assert.Contains("北海道保健福祉部長", lines);
        }
    }

    [Fact]
    public void Manifests_list_every_file_with_its_sha256_and_pdfinfo_page_count_and_the_print_bundle_holds_every_page()
    {
        var dir = Path.Combine(CliRunner.TempDir(), "out");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", $"builtin:code={string.Join(",", Sample.Select(s => s.Code))}",
            "--format", "docx,pdf", "--out", dir);
        Assert.True(exit == 0, error);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "manifest.json")));
        var root = json.RootElement;
        Assert.Equal("forwarding-notice", root.GetProperty("template").GetString());
        Assert.Equal(Sample.Length, root.GetProperty("recipients").GetInt32());
        var entries = root.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(Sample.Select(s => s.Code), entries.Select(e => e.GetProperty("code").GetString()));
        Assert.Equal(Sample.Select(s => s.Name), entries.Select(e => e.GetProperty("name").GetString()));
        Assert.Equal(Enumerable.Range(1, Sample.Length), entries.Select(e => e.GetProperty("index").GetInt32()));

        var listed = new List<string>();
        var pdfPages = 0;
        foreach (var entry in entries)
        {
            var files = entry.GetProperty("files").EnumerateArray().ToList();
            Assert.Equal(["docx", "pdf"], files.Select(f => f.GetProperty("format").GetString()));
            foreach (var file in files)
            {
                var name = file.GetProperty("file_name").GetString()!;
                var path = Path.Combine(dir, name);
                listed.Add(name);
                Assert.Equal(FolderSnapshot.Sha256(path), file.GetProperty("sha256").GetString());
                Assert.Equal(new FileInfo(path).Length, file.GetProperty("bytes").GetInt64());
                var pages = file.GetProperty("pages").GetInt32();
                if (file.GetProperty("format").GetString() == "pdf")
                {
                    Assert.Equal(PdfTools.Pages(path), pages);
                    Assert.True(pages >= 1);
                    pdfPages += pages;
                }
                else Assert.Equal(0, pages);
            }
        }
        // every document in the folder is in the manifest, and nothing else is
        Assert.Equal(Directory.GetFiles(dir).Select(Path.GetFileName).Where(n => n is not ("manifest.csv" or "manifest.json" or "print.pdf")).Order(StringComparer.Ordinal),
            listed.Order(StringComparer.Ordinal));

        // manifest.csv: UTF-8 BOM (Excel), CRLF, a header and one row per recipient that agree with manifest.json
        var csvBytes = File.ReadAllBytes(Path.Combine(dir, "manifest.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csvBytes[..3]);
        var csv = new UTF8Encoding(false).GetString(csvBytes[3..]);
        Assert.EndsWith("\r\n", csv);
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split(',')).ToList();
        Assert.Equal(["no", "code", "name", "docx", "docx_sha256", "docx_bytes", "pdf", "pdf_sha256", "pdf_bytes", "pages"], rows[0]);
        Assert.Equal(Sample.Length, rows.Count - 1);
        foreach (var (row, i) in rows.Skip(1).Select((r, i) => (r, i)))
        {
            Assert.Equal([(i + 1).ToString(), Sample[i].Code, Sample[i].Name, $"{Sample[i].Code}_{Sample[i].Name}.docx"], row[..4]);
            Assert.Equal(FolderSnapshot.Sha256(Path.Combine(dir, row[3])), row[4]);
            Assert.Equal(FolderSnapshot.Sha256(Path.Combine(dir, row[6])), row[7]);
            Assert.Equal(PdfTools.Pages(Path.Combine(dir, row[6])).ToString(), row[9]);
        }

        // print.pdf: every recipient's pages, in order, and a clean file
        var print = Path.Combine(dir, "print.pdf");
        Assert.Equal(pdfPages, PdfTools.Pages(print));
        PdfTools.AssertQpdfClean(print);
        var printLines = PdfTools.Lines(print).Select(NoSpaces).ToList();
        var at = Sample.Select(s => printLines.IndexOf(s.Head + "様")).ToList();
        Assert.All(at, k => Assert.True(k >= 0));
        Assert.Equal(at.Order(), at);
        Assert.Equal(Sample.Length, printLines.Count(l => l == "北海道保健福祉部長"));
    }

    private static string NoSpaces(string line) => line.Replace(" ", "").Replace("\u3000", "");
}
