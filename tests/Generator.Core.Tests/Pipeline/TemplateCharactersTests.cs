using System.Text;
using Generator.Core.Tests.Support;
using Generator.Core.Tests.Templates;
using Generator.Pipeline;
using Generator.Templating;
using Generator.Testing;

namespace Generator.Core.Tests.Pipeline;

/// <summary>Issue 17: a document carries the characters of the template files it was rendered from and of the notice
/// (<see cref="Generator.Model.Document.TemplateCharacters"/>), the same for every recipient: the PDF writer leads each font
/// subset with their glyphs and compresses that part once per run.</summary>
public sealed class TemplateCharactersTests
{
    /// <summary>A generator of its own, which has rendered nothing before.</summary>
    private static DocumentGenerator Fresh() => new(new ScribanTemplateRenderer(SampleTemplates.Root));

    [Fact]
    public void EveryRecipientOfATemplateGetsTheSameCharactersOfItsFilesPartialsAndNotice()
    {
        var generator = Fresh();
        var notice = TestRendering.Notice("forwarding-notice");
        var sapporo = generator.Generate("forwarding-notice", notice, SampleRecipients.Sapporo, "011002 札幌市");
        var hakodate = generator.Generate("forwarding-notice", notice, SampleRecipients.Hakodate, "012025 函館市");
        var rusutsu = generator.Generate("forwarding-notice", notice, SampleRecipients.Rusutsu, "013960 留寿都村");

        var characters = sapporo.TemplateCharacters;
        Assert.Equal(characters, hakodate.TemplateCharacters);
        Assert.Same(characters, hakodate.TemplateCharacters); // made once per template files and notice
        Assert.Equal(characters, rusutsu.TemplateCharacters);
        Assert.Equal(characters.EnumerateRunes().Order(), characters.EnumerateRunes()); // each once, in code-point order
        Assert.Equal(characters.EnumerateRunes().Count(), characters.EnumerateRunes().Distinct().Count());
        Assert.DoesNotContain(characters.EnumerateRunes(), Rune.IsWhiteSpace);
        Assert.DoesNotContain(characters.EnumerateRunes(), Rune.IsDigit); // 0-9 and ０-９: what recipients' data varies in most

        Assert.Contains('別', characters); // the main file: 「別添のとおり」
        Assert.Contains('匿', characters); // a partial (partials/regime/act-name: 匿名加工医療情報)
        Assert.Contains('厚', characters); // the notice: 厚生労働省
        Assert.Contains('札', characters); // a comment of a partial: 「札幌市長　様」 — all of a file counts, comments too
        foreach (var recipientOnly in "函館留寿") Assert.DoesNotContain(recipientOnly, characters); // names no file holds
        Assert.Contains("函館市", string.Concat(hakodate.AllText()), StringComparison.Ordinal);

        // most of what a letter prints: every character but the recipient's own
        var printed = string.Concat(sapporo.AllText()).EnumerateRunes().Where(r => !Rune.IsWhiteSpace(r)).Distinct().ToList();
        var missing = printed.Where(r => !characters.Contains(r.ToString(), StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count(r => !Rune.IsDigit(r)) <= 8, $"not in the template characters: {string.Concat(missing)}");
    }

    /// <summary>The characters depend on the files that wrote this document, not on what the generator rendered before (a
    /// batch renders every recipient and its 別添 template first; render makes one letter): an agency's council paper runs
    /// partials a municipality's does not (partials/regime/council-role), and the circular others still.</summary>
    [Theory]
    [InlineData("council-agenda")]
    [InlineData("forwarding-notice")]
    public void TheCharactersOfALetterDoNotDependOnWhatTheGeneratorRenderedBefore(string template)
    {
        var alone = Fresh().Generate(template, TestRendering.Notice(template), SampleRecipients.Sapporo, "011002 札幌市");

        var busy = Fresh();
        busy.Generate("circular", TestRendering.Notice("circular"));
        foreach (var other in new[] { "council-agenda", "council-referral", "forwarding-notice" })
        {
            try
            {
                busy.Generate(other, TestRendering.Notice(other), SampleRecipients.HospitalAgency, "地方独立行政法人北海道立病院機構");
            }
            catch (Generator.Diagnostics.GeneratorException)
            {
                // an agency cannot refer a matter to a council itself: refused, after its partials were loaded
            }
        }
        var after = busy.Generate(template, TestRendering.Notice(template), SampleRecipients.Sapporo, "011002 札幌市");

        Assert.Equal(alone.TemplateCharacters, after.TemplateCharacters);
        Assert.NotEqual("", alone.TemplateCharacters);
    }

    [Fact]
    public void ADocumentParsedFromMarkupHasNone() =>
        Assert.Equal("", Generator.Markup.MarkupParser.Parse("@title 件名\n　本文。", "test").Document.TemplateCharacters);
}
