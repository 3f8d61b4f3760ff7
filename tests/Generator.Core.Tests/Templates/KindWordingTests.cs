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
        if (kind == "agency" && date == "2024-04-01")
        {
            // issue 16: from 2023-04-01 an agency cannot refer under 第129条 (地方公共団体の機関 only): refused, not drafted
            var refused = Assert.Throws<Generator.Diagnostics.GeneratorException>(() => TemplateRender.Text("council-referral", SampleRecipients.ForKind(kind), date));
            Assert.Contains("cannot itself refer a matter to a council from 2023-04-01", refused.Message);
            return;
        }
        var lines = TemplateRender.Text("council-referral", SampleRecipients.ForKind(kind), date).Split('\n');
        Assert.Contains($"{e.Council}会長　様", lines);
        Assert.Contains(lines, l => l.TrimStart('\u3000') == e.Head);
        Assert.Contains(lines, l => l.Trim('\u3000').EndsWith("について（諮問）", StringComparison.Ordinal));
        var text = string.Join("\n", lines);
        var basis = (date, kind) switch
        {
            ("2023-03-31", _) => $"　{e.OldOrdinance}第○条第○項の規定に基づき、下記のとおり諮問します。",
            // the sample's data is a hospital's: 第125条第１項 excludes 第129条, the body's 施行条例 alone is cited
            _ => $"　{e.NewOrdinance}第○条の規定に基づき、下記のとおり諮問します。",
        };
        Assert.Contains(basis, lines);
        Assert.Contains($"{e.Self}が設置する病院において", text);
    }

    [Theory]
    [MemberData(nameof(KindsAndDates))]
    public void Council_agenda_has_its_tables_and_the_bodys_reasoning(string kind, string date)
    {
        var e = Expected[kind];
        // from 2023-04-01 an agency cannot put a 諮問 before a council (第129条): its paper is a 報告
        var matter = kind == "agency" && date == "2024-04-01" ? "報告" : "諮問";
        var notice = TemplateRender.Notice("council-agenda", date, n => n["matter"] = matter);
        var document = Support.TestRendering.Project.Generate("council-agenda", notice, SampleRecipients.ForKind(kind));
        var tables = document.Blocks.OfType<Table>().ToList();
        Assert.Equal(2, tables.Count);
        Assert.All(tables, t => Assert.True(t.HasHeader));
        Assert.Equal(["区分", "項目"], tables[1].Rows[0].ToArray());
        Assert.Equal(4, tables[1].Rows.Length);

        var text = new Generator.Writers.Text.PlainTextWriter().ToText(document);
        Assert.Contains($"本件は、医療分野の研究開発に資するため、{e.Self}が設置する病院において", text);
        Assert.Contains($"６　{e.Council}への{matter}について", text);
        if (date == "2023-03-31")
        {
            // issue 16: the body's own ordinance, not the State's 「全ての地方公共団体の条例において」
            Assert.Contains(kind == "agency"
                ? $"地方独立行政法人である当法人には{e.OldOrdinance}が適用され、同条例第○条第○項第○号は、保有個人情報を外部に提供することができる場合の一つとして、「法令に基づく場合」を定めています。"
                : $"{e.OldOrdinance}第○条第○項第○号は、保有個人情報を外部に提供することができる場合の一つとして、「法令に基づく場合」を定めています。", text);
            Assert.DoesNotContain("全ての地方公共団体の条例において", text);
        }
        else if (kind == "agency")
        {
            Assert.Contains("病院事業の経営を目的とする地方独立行政法人である当法人は、個人情報の保護に関する法律（平成15年法律第57号。以下「個人情報保護法」という。）第２条第11項第４号及び第16条第２項の規定により個人情報取扱事業者に当たります（同法第58条第１項第２号の規定により、一部の規定は適用されません。）。", text);
            Assert.Contains($"地方独立行政法人である当法人は、個人情報保護法第129条の「地方公共団体の機関」に当たらないため、本件は、{e.Council}に報告するものです。", text);
        }
        else
        {
            Assert.Contains($"第58条第２項第１号及び第125条第１項の規定により、{e.Self}が行う病院の運営の業務における個人情報の取扱いには、個人情報取扱事業者に関する規律（開示請求等に関する規律を除く。）が適用されます。", text);
            Assert.Contains("同法第27条第１項は、あらかじめ本人の同意を得ないで個人データを第三者に提供することを禁じ、その例外の一つとして「法令に基づく場合」（同項第１号）を定めています。", text);
        }
    }
}
