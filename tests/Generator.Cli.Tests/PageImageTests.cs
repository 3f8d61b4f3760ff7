using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>Pictures as tests (issue 14): page 1 of every shipped template, as our PDF and as LibreOffice prints our
/// DOCX, compared with golden PNGs (60 dpi, grey) under golden/pages/. A layout change fails here as a picture a
/// reviewer can open: NAME.actual.png and NAME.diff.png are written beside the golden.</summary>
[Collection("cli")]
public sealed class PageImageTests
{
    /// <summary>The shipped templates; the merge templates rendered for 札幌市.</summary>
    public static TheoryData<string, string?> Templates => new()
    {
        { "circular", null },
        { "forwarding-notice", "011002" },
        { "council-referral", "011002" },
        { "council-agenda", "011002" },
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Page_one_of_the_pdf_looks_as_the_golden(string template, string? recipient)
    {
        var (pdf, _) = Render(template, recipient);
        PageImageGolden.AssertMatches(template + ".pdf", pdf);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Page_one_of_the_docx_in_libreoffice_looks_as_the_golden(string template, string? recipient)
    {
        var (_, docx) = Render(template, recipient);
        PageImageGolden.AssertMatches(template + ".docx", LibreOfficePdf.Convert(docx));
    }

    private static (string Pdf, string Docx) Render(string template, string? recipient)
    {
        var dir = CliRunner.TempDir();
        string[] args = recipient is null
            ? ["render", template, "--format", "docx,pdf", "--out", dir]
            : ["render", template, "--recipient", recipient, "--format", "docx,pdf", "--out", dir];
        var (exit, _, error) = CliRunner.Run(args);
        Assert.True(exit == 0, error);
        return (Assert.Single(Directory.GetFiles(dir, "*.pdf")), Assert.Single(Directory.GetFiles(dir, "*.docx")));
    }
}
