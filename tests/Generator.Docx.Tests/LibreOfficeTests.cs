using Generator.Model;

namespace Generator.Docx.Tests;

/// <summary>LibreOffice opens every generated document and prints its title, addressees and last outline item.</summary>
public sealed class LibreOfficeTests(LibreOfficeFixture fixture) : IClassFixture<LibreOfficeFixture>
{
    [Theory]
    [InlineData(Samples.Circular)]
    [InlineData(Samples.TableDocument)]
    [InlineData(Samples.SingleAddressee)]
    public void Pdf_shows_title_addressees_and_last_item(string sample)
    {
        var document = Samples.Load(sample);
        var text = fixture.PdfText(sample);

        Assert.Contains(TextNormalizer.Squash(document.Blocks.OfType<Title>().Single().Text), text);
        foreach (var line in document.Blocks.OfType<AddresseeGroup>().SelectMany(g => g.Lines))
            Assert.Contains(TextNormalizer.Squash(line), text);
        var last = document.Blocks.OfType<OutlineItem>().Last();
        Assert.Contains(TextNormalizer.Squash(last.Label + last.Separator + last.Text), text);
    }

    [Fact]
    public void Honorific_renders_right_of_the_addressees_midway_between_them()
    {
        var words = fixture.FirstPageWords(Samples.Circular);
        var first = words.Single(w => w.Text == "各都道府県・指定都市個人情報保護担当部局長");
        var second = words.Single(w => w.Text == "各都道府県・指定都市保健福祉担当部局長");
        var honorific = words.Single(w => w.Text == "殿");

        Assert.InRange(honorific.YCentre, (first.YCentre + second.YCentre) / 2 - 1.5, (first.YCentre + second.YCentre) / 2 + 1.5);
        Assert.True(honorific.XMin > first.XMax, $"殿 at x={honorific.XMin} overlaps the line ending at {first.XMax}");
        // one character of gap, as typed 「……部局長　殿」
        Assert.InRange(honorific.XMin - first.XMax, 0.5 * 10.63, 1.5 * 10.63);
    }

    [Fact]
    public void Right_and_centre_alignment_come_out_in_the_rendering()
    {
        var words = fixture.FirstPageWords(Samples.Circular);
        var number = words.First(w => w.Text.EndsWith('号')); // 「府医第36号」, or 「号」 where LibreOffice spaces the digits
        var sender = words.Single(w => w.Text == "内閣府日本医療研究開発機構・医療情報基盤担当室参事官");
        var seal = words.First(w => w.Text == "（公印省略）");
        var addressee = words.Single(w => w.Text == "各都道府県・指定都市個人情報保護担当部局長");
        const double rightEdge = 595.3 - 85.04; // A4 width − 30 mm
        Assert.InRange(number.XMax, rightEdge - 11, rightEdge + 1);
        Assert.InRange(sender.XMax, rightEdge - 11, rightEdge + 1);
        Assert.InRange(seal.XMax, rightEdge - 11, rightEdge + 1);
        Assert.True(seal.YMin > sender.YMax - 1, "（公印省略） is not under its sender");
        Assert.InRange(addressee.XMin, 85.04 - 1, 85.04 + 2);

        const double centre = 85.04 + 425.2 / 2;
        var single = fixture.FirstPageWords(Samples.SingleAddressee);
        var note = single.Single(w => w.Text == "記");
        var title = single.Single(w => w.Text == "個人情報の提供について（依頼）");
        Assert.InRange((note.XMin + note.XMax) / 2, centre - 6, centre + 6);
        Assert.InRange((title.XMin + title.XMax) / 2, centre - 6, centre + 6);
        var closing = single.Single(w => w.Text == "以上");
        Assert.InRange(closing.XMax, rightEdge - 11, rightEdge + 1);
    }

    [Fact]
    public void With_the_alias_file_LibreOffice_sets_the_text_in_IPAex_Mincho()
    {
        var fonts = ExternalTool.RunChecked("pdffonts", [fixture.PdfPath(Samples.Circular)], TimeSpan.FromMinutes(1));
        Assert.Contains("IPAexMincho", fonts);
        Assert.DoesNotContain("IPAexGothic", fonts);
        Assert.DoesNotContain("DejaVu", fonts);
    }
}
