using Generator.Core.Tests.Support;

namespace Generator.Core.Tests.Templates;

/// <summary>One document of each template pinned on each side of both legal cut-overs (2023-04-01, 2024-04-01).</summary>
public sealed class TemplateGoldenTests
{
    public static TheoryData<string, string> TemplatesAndDates()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in SampleTemplates.MergeTemplates)
            foreach (var date in new[] { "2023-03-31", "2023-04-01", "2024-03-31", "2024-04-01" })
                data.Add(template, date);
        return data;
    }

    [Theory]
    [MemberData(nameof(TemplatesAndDates))]
    public void Text_for_Sapporo_is_pinned(string template, string date) =>
        GoldenFile.AssertMatches($"templates/{template}-{date}.txt", TemplateRender.Text(template, SampleRecipients.Sapporo, date));

    /// <summary>An agency on the day 個人情報保護法 reached it: the forwarding notice, and the agenda as a 報告; its 諮問書
    /// can only be drafted before that day (from then it is refused: see <see cref="An_agencys_referral_is_refused_from_2023_04_01"/>).</summary>
    [Theory]
    [InlineData("forwarding-notice", "2023-04-01", null)]
    [InlineData("council-referral", "2023-03-31", null)]
    [InlineData("council-agenda", "2022-03-31", null)]   // §5 numbered: the 独法等 act's paragraph makes two
    [InlineData("council-agenda", "2023-04-01", "報告")]
    public void Text_for_an_agency_is_pinned(string template, string date, string? matter) =>
        GoldenFile.AssertMatches($"templates/{template}-agency-{date}.txt",
            TemplateRender.Text(template, SampleRecipients.HospitalAgency, date, n => { if (matter is not null) n["matter"] = matter; }));

    [Theory]
    [InlineData("council-referral")]
    [InlineData("council-agenda")]
    public void An_agencys_referral_is_refused_from_2023_04_01(string template)
    {
        var e = Assert.Throws<Generator.Diagnostics.GeneratorException>(() => TemplateRender.Text(template, SampleRecipients.HospitalAgency, "2023-04-01"));
        Assert.Contains("partials/regime/referral-check.sbn", e.Message);
        Assert.Contains("a 地方独立行政法人 (地方独立行政法人北海道立病院機構) cannot itself refer a matter to a council from 2023-04-01: 個人情報保護法第129条 lets only 地方公共団体の機関 consult a council.", e.Message);
        Assert.Contains("Draft the 諮問書 for the founding body", e.Message);
    }
}
