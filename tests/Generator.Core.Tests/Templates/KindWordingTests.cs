using Generator.Model;

namespace Generator.Core.Tests.Templates;

/// <summary>Every template renders for every kind of body, with the body's head title, honorific, self-reference, council and ordinance.</summary>
public sealed class KindWordingTests
{
    /// <summary>kind → (head, 本○, 貴○, council, ordinance before 2023-04-01, ordinance from then).</summary>
    private static readonly Dictionary<string, (string Head, string Self, string You, string Council, string OldOrdinance, string NewOrdinance)> Expected = new()
    {
        ["prefecture"] = ("北海道知事", "本道", "貴道", "北海道個人情報保護審議会", "北海道個人情報保護条例", "北海道個人情報の保護に関する法律施行条例"),
        ["designated_city"] = ("札幌市長", "本市", "貴市", "札幌市個人情報保護審議会", "札幌市個人情報保護条例", "札幌市個人情報の保護に関する法律施行条例"),
        ["city"] = ("函館市長", "本市", "貴市", "函館市個人情報保護審議会", "函館市個人情報保護条例", "函館市個人情報の保護に関する法律施行条例"),
        ["special_ward"] = ("千代田区長", "本区", "貴区", "千代田区個人情報保護審議会", "千代田区個人情報保護条例", "千代田区個人情報の保護に関する法律施行条例"),
        ["town"] = ("森町長", "本町", "貴町", "森町個人情報保護審議会", "森町個人情報保護条例", "森町個人情報の保護に関する法律施行条例"),
        ["village"] = ("留寿都村長", "本村", "貴村", "留寿都村個人情報保護審議会", "留寿都村個人情報保護条例", "留寿都村個人情報の保護に関する法律施行条例"),
        // an agency is under its founding body (here the recipient's prefecture)
        ["agency"] = ("地方独立行政法人北海道立病院機構理事長", "当法人", "貴法人", "北海道個人情報保護審議会", "北海道個人情報保護条例", "北海道個人情報の保護に関する法律施行条例"),
    };

    public static TheoryData<string, string> KindsAndDates()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in Expected.Keys)
            foreach (var date in new[] { "2023-03-31", "2024-04-01" })
                data.Add(kind, date);
        return data;
    }

    [Theory]
    [MemberData(nameof(KindsAndDates))]
    public void Forwarding_notice_is_addressed_to_the_head_and_names_the_body(string kind, string date)
    {
        var e = Expected[kind];
        var lines = TemplateRender.Text("forwarding-notice", SampleRecipients.ForKind(kind), date).Split('\n');
        Assert.Contains($"{e.Head}　様", lines);
        Assert.Contains(lines, l => l.TrimStart('\u3000') == "北海道保健福祉部長");
        var text = string.Join("\n", lines);
        Assert.Contains($"{e.You}の個人情報保護担当部局、{e.Council}の事務局", text);
        Assert.Contains($"２．{e.Council}について", text);
        if (date == "2023-03-31")
            Assert.Contains("全ての地方公共団体の条例において", text);
        else
            Assert.Contains($"{e.NewOrdinance}の定めるところにより諮問することができます。", text);
    }

    [Theory]
    [MemberData(nameof(KindsAndDates))]
    public void Council_referral_goes_from_the_head_to_the_council_chair_under_the_right_provision(string kind, string date)
    {
        var e = Expected[kind];
        var lines = TemplateRender.Text("council-referral", SampleRecipients.ForKind(kind), date).Split('\n');
        Assert.Contains($"{e.Council}会長　様", lines);
        Assert.Contains(lines, l => l.TrimStart('\u3000') == e.Head);
        Assert.Contains(lines, l => l.Trim('\u3000').EndsWith("について（諮問）", StringComparison.Ordinal));
        var text = string.Join("\n", lines);
        var basis = (date, kind) switch
        {
            ("2023-03-31", _) => $"　{e.OldOrdinance}第○条第○項の規定に基づき、下記のとおり諮問します。",
            (_, "agency") => $"　{e.NewOrdinance}第○条の規定に基づき、下記のとおり諮問します。",
            _ => $"　個人情報の保護に関する法律（平成15年法律第57号。以下「個人情報保護法」という。）第129条及び{e.NewOrdinance}第○条の規定に基づき、下記のとおり諮問します。",
        };
        Assert.Contains(basis, lines);
        Assert.Contains($"{e.Self}が設置する病院において", text);
    }

    [Theory]
    [MemberData(nameof(KindsAndDates))]
    public void Council_agenda_has_its_tables_and_the_bodys_reasoning(string kind, string date)
    {
        var e = Expected[kind];
        var notice = TemplateRender.Notice("council-agenda", date);
        var document = Support.TestRendering.Project.Generate("council-agenda", notice, SampleRecipients.ForKind(kind));
        var tables = document.Blocks.OfType<Table>().ToList();
        Assert.Equal(2, tables.Count);
        Assert.All(tables, t => Assert.True(t.HasHeader));
        Assert.Equal(["区分", "項目"], tables[1].Rows[0].ToArray());
        Assert.Equal(4, tables[1].Rows.Length);

        var text = new Generator.Writers.Text.PlainTextWriter().ToText(document);
        Assert.Contains($"本件は、医療分野の研究開発に資するため、{e.Self}が設置する病院において", text);
        Assert.Contains($"６　{e.Council}への諮問について", text);
        if (date == "2023-03-31")
        {
            Assert.Contains(kind == "agency" ? $"地方独立行政法人である当法人には{e.OldOrdinance}が適用され" : $"{e.OldOrdinance}においても、第○条第○項第○号に同様の規定が置かれています。", text);
        }
        else
        {
            Assert.Contains(kind == "agency" ? "病院事業の経営を目的とする地方独立行政法人である当法人には個人情報取扱事業者に関する規律が適用され" : $"{e.Self}が行う病院の運営の業務における個人情報の取扱いには個人情報取扱事業者に関する規律が適用され", text);
        }
    }
}
