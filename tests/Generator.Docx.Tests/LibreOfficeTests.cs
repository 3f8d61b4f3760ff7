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
}
