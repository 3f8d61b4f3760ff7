namespace Generator.Core.Tests.Templates;

/// <summary>The reasoning switches exactly on the day each law changed, in every template.</summary>
public sealed class CutOverTests
{
    /// <summary>Every merge template in templates/.</summary>
    public static TheoryData<string> Templates() => new(SampleTemplates.MergeTemplates);

    [Theory]
    [MemberData(nameof(Templates))]
    public void Ordinances_until_2023_03_31_and_the_Act_from_2023_04_01(string template)
    {
        var before = TemplateRender.Text(template, SampleRecipients.Hakodate, "2023-03-31");
        var after = TemplateRender.Text(template, SampleRecipients.Hakodate, "2023-04-01");

        Assert.Contains("函館市個人情報保護", before);
        Assert.DoesNotContain("個人情報の保護に関する法律（平成15年法律第57号", before);
        Assert.DoesNotContain("施行条例", before);

        Assert.Contains("個人情報の保護に関する法律（平成15年法律第57号。以下「個人情報保護法」という。）", after);
        Assert.DoesNotContain("函館市個人情報保護条例", after);
        Assert.DoesNotContain("全ての地方公共団体の条例において", after);
        if (template != "council-referral") Assert.Contains("個人情報保護法第129条", after);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Article_30_until_2024_03_31_and_article_52_of_the_renamed_Act_from_2024_04_01(string template)
    {
        var before = TemplateRender.Text(template, SampleRecipients.Mori, "2024-03-31");
        var after = TemplateRender.Text(template, SampleRecipients.Mori, "2024-04-01");

        Assert.Contains("医療分野の研究開発に資するための匿名加工医療情報に関する法律（平成29年法律第28号。以下「次世代医療基盤法」という。）第30条第１項", before);
        Assert.DoesNotContain("第52条", before);
        Assert.DoesNotContain("仮名加工医療情報", before);

        Assert.Contains("医療分野の研究開発に資するための匿名加工医療情報及び仮名加工医療情報に関する法律（平成29年法律第28号。以下「次世代医療基盤法」という。）第52条第１項", after);
        Assert.DoesNotContain("次世代医療基盤法第30条", after);
    }

    [Fact]
    public void The_renumbered_article_is_the_notice_field()
    {
        var text = TemplateRender.Text("council-referral", SampleRecipients.Sapporo, "2024-04-01",
            n => ((Dictionary<string, object?>)((Dictionary<string, object?>)n["law"]!)["amended"]!)["provision_article"] = "53");
        Assert.Contains("次世代医療基盤法第53条第１項の規定により", text);
    }

    [Fact]
    public void The_repealed_act_on_independent_administrative_agencies_is_cited_only_before_2022_04_01()
    {
        Assert.Contains("独立行政法人等の保有する個人情報の保護に関する法律（平成15年法律第59号）第９条第１項", TemplateRender.Text("forwarding-notice", SampleRecipients.Sapporo, "2022-03-31"));
        Assert.DoesNotContain("平成15年法律第59号", TemplateRender.Text("forwarding-notice", SampleRecipients.Sapporo, "2022-04-01"));
        Assert.Contains("国の独立行政法人等については、", TemplateRender.Text("council-agenda", SampleRecipients.HospitalAgency, "2022-03-31"));
    }

    [Fact]
    public void Forwarding_notice_states_the_amendment_only_from_2024_04_01()
    {
        Assert.DoesNotContain("３．", TemplateRender.Text("forwarding-notice", SampleRecipients.Sapporo, "2024-03-31"));
        var after = TemplateRender.Text("forwarding-notice", SampleRecipients.Sapporo, "2024-04-01");
        Assert.Contains("３．次世代医療基盤法の改正について", after);
        // issue 16: the amending law by its title; the provision 「規定されています」, not 「移っています」
        Assert.Contains("医療分野の研究開発に資するための匿名加工医療情報に関する法律の一部を改正する法律（令和５年法律第35号）により改正され、令和６年４月１日から", after);
        Assert.Contains("医療情報の提供に関する規定（改正前の第30条第１項）は、改正後は第52条第１項に規定されています。", after);
        Assert.DoesNotContain("移っています", after);
    }

    [Fact]
    public void Data_held_outside_a_hospital_is_under_article_69()
    {
        var text = TemplateRender.Text("council-agenda", SampleRecipients.Sapporo, "2023-04-01",
            n => ((Dictionary<string, object?>)n["holder"]!)["operation"] = "administration");
        Assert.Contains("第69条第１項は、「行政機関の長等は、法令に基づく場合を除き、", text);
        Assert.DoesNotContain("第27条", text);
    }
}
