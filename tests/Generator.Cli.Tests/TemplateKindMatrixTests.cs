using System.Text;
using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>Every template renders for every kind of body (prefecture, designated city, city, special ward, town, village,
/// and a local incorporated administrative agency from a recipient file) to txt, DOCX and PDF, naming the body (and its head
/// where the document is addressed to or sent by it).</summary>
[Collection("cli")]
public sealed class TemplateKindMatrixTests
{
    private static readonly (string Code, string Name, string Head)[] Bodies =
    [
        ("010006", "北海道", "北海道知事"),
        ("011002", "札幌市", "札幌市長"),
        ("012025", "函館市", "函館市長"),
        ("131016", "千代田区", "千代田区長"),
        ("023213", "鰺ヶ沢町", "鰺ヶ沢町長"),
        ("394050", "梼原町", "梼原町長"),
        ("013048", "新篠津村", "新篠津村長"),
        ("", "地方独立行政法人北海道立病院機構", "理事長"),
    ];

    [Theory]
    [InlineData("forwarding-notice", true, false)]   // addressed to the body's head
    [InlineData("council-referral", true, true)]     // sent by the body's head
    [InlineData("council-agenda", false, true)]      // the body's own paper: names the body, not its head
    public void Template_renders_for_every_kind_of_body_in_every_format(string template, bool namesHead, bool agencyOnlyBefore2023)
    {
        // an agency cannot refer a matter to a council from 2023-04-01 (個人情報保護法第129条; AgencyReferralTests): its
        // referral and agenda are rendered with the sample notice dated 2023-03-31, the other bodies with the sample as it is
        if (agencyOnlyBefore2023)
        {
            AssertRendered(template, namesHead, Bodies.Where(b => b.Code.Length > 0).ToArray(), date: null);
            AssertRendered(template, namesHead, Bodies.Where(b => b.Code.Length == 0).ToArray(), date: "2023-03-31");
        }
        else AssertRendered(template, namesHead, Bodies, date: null);
    }

    private static void AssertRendered(string template, bool namesHead, (string Code, string Name, string Head)[] bodies, string? date)
    {
        var temp = CliRunner.TempDir();
        var csv = Path.Combine(temp, "bodies.csv");
        var rows = bodies.Select(b => b.Code.Length > 0 ? $"{b.Code},,," : $",{b.Name},agency,北海道");
        File.WriteAllText(csv, "code,name,kind,prefecture\n" + string.Join("\n", rows) + "\n", new UTF8Encoding(true));
        var dir = Path.Combine(temp, "out");
        string[] data = [];
        if (date is not null)
        {
            var sample = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "templates", template, "notice.yaml"));
            var notice = Path.Combine(temp, "notice.yaml");
            File.WriteAllText(notice, System.Text.RegularExpressions.Regex.Replace(sample, @"(?m)^date: \S+", "date: " + date));
            data = ["--data", notice];
        }

        var (exit, _, error) = CliRunner.Run(["batch", template, .. data, "--recipients", csv, "--format", "txt,docx,pdf", "--no-print", "--out", dir]);
        Assert.True(exit == 0, error);

        foreach (var (code, name, head) in bodies)
        {
            var stem = Directory.GetFiles(dir, "*.txt").Select(Path.GetFileNameWithoutExtension).Single(f => f!.EndsWith("_" + name, StringComparison.Ordinal))!;
            var txt = File.ReadAllText(Path.Combine(dir, stem + ".txt"));
            var docx = DocxText.Text(Path.Combine(dir, stem + ".docx"));
            var pdf = PdfTools.Text(Path.Combine(dir, stem + ".pdf"));
            foreach (var (format, text) in new[] { ("txt", txt), ("docx", docx), ("pdf", Squeeze(pdf)) })
            {
                if (namesHead) Assert.True(Squeeze(text).Contains(head, StringComparison.Ordinal), $"{template} {format} for {name}: no 「{head}」");
                Assert.True(Squeeze(text).Contains(name, StringComparison.Ordinal), $"{template} {format} for {name}: no 「{name}」");
            }
            Assert.DoesNotContain(name + name[^1..] + "長", Squeeze(txt)); // never 「札幌市市長」
            if (code.Length > 0) Assert.StartsWith(code + "_", stem);
        }
    }

    private static string Squeeze(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);
}
