using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>Pictures as tests (issue 14): page 1 of every shipped template in both house styles (the built-in one and
/// styles/office-36.yaml), as our PDF and as LibreOffice prints our DOCX, compared with golden PNGs (60 dpi, grey) under golden/pages/. A layout change fails here as a picture a
/// reviewer can open: NAME.actual.png and NAME.diff.png are written beside the golden.</summary>
[Collection("cli")]
public sealed class PageImageTests
{
    /// <summary>The shipped templates; the merge templates rendered for 札幌市.</summary>
    private static readonly (string Template, string? Recipient)[] Shipped =
        [("circular", null), ("forwarding-notice", "011002"), ("council-referral", "011002"), ("council-agenda", "011002")];

    /// <summary>The house styles: the built-in one (goldens TEMPLATE.pdf.png) and office-36 (TEMPLATE.office-36.pdf.png).</summary>
    private static readonly string[] Styles = ["default", "office-36"];

    /// <summary>Every shipped template in every house style.</summary>
    public static TheoryData<string, string?, string> Templates()
    {
        var data = new TheoryData<string, string?, string>();
        foreach (var style in Styles)
        foreach (var (template, recipient) in Shipped)
            data.Add(template, recipient, style);
        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Page_one_of_the_pdf_looks_as_the_golden(string template, string? recipient, string style)
    {
        var (pdf, _) = Render(template, recipient, style);
        PageImageGolden.AssertMatches(GoldenName(template, style) + ".pdf", pdf);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Page_one_of_the_docx_in_libreoffice_looks_as_the_golden(string template, string? recipient, string style)
    {
        var (_, docx) = Render(template, recipient, style);
        PageImageGolden.AssertMatches(GoldenName(template, style) + ".docx", LibreOfficePdf.Convert(docx));
    }

    private static string GoldenName(string template, string style) => style == "default" ? template : $"{template}.{style}";

    private static (string Pdf, string Docx) Render(string template, string? recipient, string style)
    {
        var dir = CliRunner.TempDir();
        List<string> args = ["render", template, "--format", "docx,pdf", "--out", dir];
        if (recipient is not null) args.AddRange(["--recipient", recipient]);
        if (style != "default") args.AddRange(["--style", $"styles/{style}.yaml"]);
        var (exit, _, error) = CliRunner.Run([.. args]);
        Assert.True(exit == 0, error);
        return (Assert.Single(Directory.GetFiles(dir, "*.pdf")), Assert.Single(Directory.GetFiles(dir, "*.docx")));
    }
}
