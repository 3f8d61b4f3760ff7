using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Cli.Tests.Support;

namespace Generator.Cli.Tests;

/// <summary>Issue 14, MJ文字 in the DOCX: a name with a character the body font lacks (𠮷 U+20BB7, 人名・地名) names
/// IPAmj明朝 on that character's run, so Word and LibreOffice draw it (through the real CLI, DOCX only: the PDF writer's
/// glyph check and fallback are another piece of work).</summary>
[Collection("cli")]
public sealed class MjCharacterDocxTests
{
    private const string Mj = "\U00020BB7"; // 𠮷 (つちよし)

    private const string Fallback = "IPAmj明朝";

    /// <summary>forwarding-notice for 札幌市, addressed to its mayor by a 宛名 that holds 𠮷.</summary>
    private static string RenderDocx()
    {
        var temp = CliRunner.TempDir();
        var recipients = RecipientFile.WriteCsv(temp, "送付先.csv", "code,addressee", $"011002,札幌市長　{Mj}田　一郎");
        var dir = Path.Combine(temp, "out");
        var (exit, _, error) = CliRunner.Run("batch", "forwarding-notice", "--recipients", recipients, "--format", "docx", "--out", dir);
        Assert.True(exit == 0, error);
        return Assert.Single(Directory.GetFiles(dir, "*.docx", SearchOption.AllDirectories));
    }

    [Fact]
    public void The_run_of_the_character_the_body_font_lacks_names_ipamj_mincho_and_no_other_run_does()
    {
        using var document = WordprocessingDocument.Open(RenderDocx(), isEditable: false);
        var main = document.MainDocumentPart!;
        var runs = main.Document!.Body!.Descendants<Run>().ToList();
        var named = runs.Where(r => r.RunProperties?.RunFonts?.EastAsia?.Value == Fallback).ToList();
        var run = Assert.Single(named);
        Assert.Equal(Mj, string.Concat(run.Descendants<Text>().Select(t => t.Text)));
        var fonts = run.RunProperties!.RunFonts!;
        Assert.Equal((Fallback, Fallback, FontTypeHintValues.EastAsia), (fonts.Ascii?.Value, fonts.HighAnsi?.Value, fonts.Hint!.Value));
        // the rest of the name stays in the body font, in the same paragraph: 「札幌市長　」「𠮷」「田　一郎　様」
        var paragraph = Assert.IsType<Paragraph>(run.Parent);
        Assert.Contains($"札幌市長　{Mj}田　一郎", string.Concat(paragraph.Descendants<Text>().Select(t => t.Text)));
        Assert.All(runs.Except(named), r => Assert.NotEqual(Fallback, r.RunProperties?.RunFonts?.Ascii?.Value));
    }

    [Fact]
    public void Libreoffice_draws_the_name_with_ipamj_mincho()
    {
        var pdf = LibreOfficePdf.Convert(RenderDocx());
        var (exit, fonts, error) = ExternalTool.Run("pdffonts", pdf);
        Assert.True(exit == 0, error);
        Assert.Contains("IPAmjMincho", fonts);
        Assert.Contains($"{Mj}田", PdfTools.Text(pdf));
    }
}
