using System.Text;
using Generator.Core.Tests.Support;
using Generator.Core.Tests.Templates;

namespace Generator.Core.Tests.Pipeline;

/// <summary>Issue 17: a document carries the characters of the template files it was rendered from and of the notice
/// (<see cref="Generator.Model.Document.TemplateCharacters"/>), the same for every recipient: the PDF writer leads each font
/// subset with their glyphs and compresses that part once per run.</summary>
public sealed class TemplateCharactersTests
{
    [Fact]
    public void EveryRecipientOfATemplateGetsTheSameCharactersOfItsFilesPartialsAndNotice()
    {
        var notice = TestRendering.Notice("forwarding-notice");
        var sapporo = TestRendering.Project.Generate("forwarding-notice", notice, SampleRecipients.Sapporo, "011002 札幌市");
        var hakodate = TestRendering.Project.Generate("forwarding-notice", notice, SampleRecipients.Hakodate, "012025 函館市");
        var rusutsu = TestRendering.Project.Generate("forwarding-notice", notice, SampleRecipients.Rusutsu, "013960 留寿都村");

        var characters = sapporo.TemplateCharacters;
        Assert.Equal(characters, hakodate.TemplateCharacters);
        Assert.Same(characters, hakodate.TemplateCharacters); // made once per template files and notice
        Assert.Equal(characters, rusutsu.TemplateCharacters);
        Assert.Equal(characters.EnumerateRunes().Order(), characters.EnumerateRunes()); // each once, in code-point order
        Assert.Equal(characters.EnumerateRunes().Count(), characters.EnumerateRunes().Distinct().Count());
        Assert.DoesNotContain(characters.EnumerateRunes(), Rune.IsWhiteSpace);

        Assert.Contains('別', characters); // the main file: 「別添のとおり」
        Assert.Contains('匿', characters); // a partial (partials/regime/act-name: 匿名加工医療情報)
        Assert.Contains('厚', characters); // the notice: 厚生労働省
        Assert.Contains('札', characters); // a comment of a partial: 「札幌市長　様」 — all of a file counts, comments too
        foreach (var recipientOnly in "函館留寿") Assert.DoesNotContain(recipientOnly, characters); // names no file holds
        Assert.Contains("函館市", string.Concat(hakodate.AllText()), StringComparison.Ordinal);

        // most of what a letter prints: every character but the recipient's own
        var printed = string.Concat(sapporo.AllText()).EnumerateRunes().Where(r => !Rune.IsWhiteSpace(r)).Distinct().ToList();
        var missing = printed.Where(r => !characters.Contains(r.ToString(), StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count <= 8, $"not in the template characters: {string.Concat(missing)}");
    }

    [Fact]
    public void ADocumentParsedFromMarkupHasNone() =>
        Assert.Equal("", Generator.Markup.MarkupParser.Parse("@title 件名\n　本文。", "test").Document.TemplateCharacters);
}
