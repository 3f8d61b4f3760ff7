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

    [Theory]
    [InlineData("forwarding-notice")]
    [InlineData("council-referral")]
    [InlineData("council-agenda")]
    public void Text_for_an_agency_is_pinned(string template) =>
        GoldenFile.AssertMatches($"templates/{template}-agency-2023-04-01.txt", TemplateRender.Text(template, SampleRecipients.HospitalAgency, "2023-04-01"));
}
