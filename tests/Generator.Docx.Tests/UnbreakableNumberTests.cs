using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Writers;

namespace Generator.Docx.Tests;

/// <summary>Issue 14: a document number 文書番号 is one token in the DOCX too: a run of its own, its characters joined by
/// U+2060 WORD JOINER, East Asian language zxx (so that LibreOffice breaks it by UAX #14, which never breaks at a joiner).</summary>
public sealed class UnbreakableNumberTests
{
    private const char Joiner = '\u2060';

    /// <summary>IPAex明朝 as it is: no glyph for U+2060 (no font draws one).</summary>
    private sealed class WithoutJoinerOrMj : IGlyphCoverage
    {
        public string FontDescription => "test 明朝";

        public bool Covers(int codePoint) => codePoint is not (0x2060 or 0x20BB7);
    }

    private static List<(string Text, string? EastAsiaLanguage, string? EastAsiaFont)> Runs(string markup, IGlyphCoverage? coverage = null)
    {
        using var stream = new MemoryStream();
        new DocxWriter(new DocxWriterOptions { BodyFontCoverage = coverage }).Write(Samples.Parse(markup), stream);
        using var package = new DocxPackage(stream.ToArray());
        return [.. package.Body.Descendants<Paragraph>().SelectMany(p => p.Elements<Run>())
            .Select(r => (string.Concat(r.Elements<Text>().Select(t => t.Text)), r.RunProperties?.Languages?.EastAsia?.Value, r.RunProperties?.RunFonts?.EastAsia?.Value))];
    }

    private static string Joined(string number) => string.Join(Joiner, number.EnumerateRunes());

    [Fact]
    public void A_number_in_running_text_is_a_joined_run_and_a_year_is_not_part_of_it()
    {
        var runs = Runs("　（平成29年法律第28号。以下「法」という。）、府医第○号・医政総発○第○号により\n");
        Assert.Equal(
        [
            ("（平成29年", null, null), (Joined("法律第28号"), "zxx", null), ("。以下「法」という。）、", null, null),
            (Joined("府医第○号"), "zxx", null), ("・", null, null), (Joined("医政総発○第○号"), "zxx", null), ("により", null, null),
        ], runs);
    }

    [Fact]
    public void Text_without_a_number_has_no_joiner_and_one_run()
    {
        var runs = Runs("　平成29年６月29日付けで第三者に提供する。\n");
        Assert.Equal([("平成29年６月29日付けで第三者に提供する。", null, null)], runs);
    }

    [Fact]
    public void The_document_number_line_and_a_table_cell_are_joined_too()
    {
        var runs = Runs("@number 30文科振第111号\n@table\n| 文書 | 番号 |\n| 通知 | 医政発0531第25号 |\n");
        Assert.Contains((Joined("30文科振第111号"), "zxx", null), runs);
        Assert.Contains((Joined("医政発0531第25号"), "zxx", null), runs);
    }

    [Fact]
    public void A_joiner_the_body_font_lacks_stays_in_the_numbers_run_beside_an_mj_character()
    {
        // 𠮷 goes to IPAmj明朝; the joiners, which no font draws, stay with the number in the body font
        var runs = Runs("　\U00020BB7田第1号\n", new WithoutJoinerOrMj());
        Assert.Equal([("\U00020BB7", null, "IPAmj明朝"), (Joined("田第1号"), "zxx", null)], runs);
    }
}
