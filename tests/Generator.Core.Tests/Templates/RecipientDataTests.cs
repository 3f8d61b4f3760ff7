using Generator.Diagnostics;

namespace Generator.Core.Tests.Templates;

/// <summary>Names from the recipient data win over defaults; a name of the wrong regime, a missing recipient or kind are handled.</summary>
public sealed class RecipientDataTests
{
    [Fact]
    public void The_datas_addressee_council_and_current_ordinance_are_used()
    {
        var recipient = SampleRecipients.Of("011002", "01", "北海道", "札幌市", "designated_city", "市長",
            councilName: "札幌市情報公開・個人情報保護審議会", ordinanceName: "札幌市個人情報の保護に関する法律施行条例", headName: "秋元　克広");
        var referral = TemplateRender.Text("council-referral", recipient, "2023-04-01");
        Assert.Contains("札幌市情報公開・個人情報保護審議会会長　様", referral);
        Assert.Contains("札幌市長　秋元　克広", referral);
        // the sample's data is a hospital's: 第129条 does not apply (第125条第１項), the 施行条例 alone is cited
        Assert.Contains("　札幌市個人情報の保護に関する法律施行条例第○条の規定に基づき、下記のとおり諮問します。", referral);
        var administration = TemplateRender.Text("council-referral", recipient, "2023-04-01",
            n => ((Dictionary<string, object?>)n["holder"]!)["operation"] = "administration");
        Assert.Contains("第129条及び札幌市個人情報の保護に関する法律施行条例第○条の規定に基づき", administration);

        var notice = TemplateRender.Text("forwarding-notice", SampleRecipients.Of("011002", "01", "北海道", "札幌市", "designated_city", "市長", addressee: "札幌市保健福祉局長"), "2023-04-01");
        Assert.Contains("札幌市保健福祉局長　様", notice);
    }

    [Fact]
    public void An_ordinance_of_the_other_regime_gives_way_to_the_default()
    {
        var recipient = SampleRecipients.Of("011002", "01", "北海道", "札幌市", "designated_city", "", ordinanceName: "札幌市個人情報の保護に関する法律施行条例");
        var before = TemplateRender.Text("council-referral", recipient, "2023-03-31");
        Assert.Contains("札幌市個人情報保護条例第○条第○項の規定に基づき", before);
        Assert.Contains("札幌市長", before); // head_title "" → by kind
    }

    [Fact]
    public void An_agencys_founder_column_names_its_ordinance_and_council()
    {
        var agency = SampleRecipients.Of("", "27", "大阪府", "地方独立行政法人大阪市民病院機構", "agency", "", extra: ("founder", "大阪市"));
        var text = TemplateRender.Text("council-referral", agency, "2023-03-31");
        Assert.Contains("大阪市個人情報保護審議会会長　様", text);
        Assert.Contains("地方独立行政法人大阪市民病院機構理事長", text);
        Assert.Contains("大阪市個人情報保護条例第○条第○項の規定に基づき", text);
    }

    [Fact]
    public void Without_a_recipient_the_error_says_these_are_merge_templates()
    {
        var e = Assert.Throws<GeneratorException>(() => Support.TestRendering.Project.Generate("council-referral", TemplateRender.Notice("council-referral")));
        var d = Assert.Single(e.Diagnostics);
        Assert.Contains("merge templates", d.Message);
        Assert.Equal("partials/body/resolve.sbn", d.File);
    }

    [Fact]
    public void An_unknown_kind_is_named_with_the_known_ones()
    {
        var e = Assert.Throws<GeneratorException>(() => TemplateRender.Text("council-agenda", SampleRecipients.Of("011002", "01", "北海道", "札幌市", "metropolis")));
        Assert.Contains("unknown kind of body 'metropolis'; expected one of: prefecture, designated_city", Assert.Single(e.Diagnostics).Message);
    }
}
