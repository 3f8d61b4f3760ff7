using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Docx.Blocks;
using Generator.Docx.Layout;
using Generator.Layout;
using LineAlignment = Generator.Model.LineAlignment;

namespace Generator.Docx.Packaging;

/// <summary>The first-page header (1ページ目のみ別指定): the letterhead's image, then its lines, single-spaced at exactly
/// <c>1.4 em</c> and off the grid, as the PDF writer sets them; the header starts <see cref="Letterhead.TopMm"/> from the top.</summary>
internal static class LetterheadBuilder
{
    public const string ImageId = "rId1";

    public static Header Build(HeaderPart part, Letterhead letterhead, DocxGeometry geometry)
    {
        var justification = letterhead.Alignment switch
        {
            LineAlignment.Left => JustificationValues.Left,
            LineAlignment.Right => JustificationValues.Right,
            _ => JustificationValues.Center,
        };
        var header = new Header();
        if (letterhead.Image is { } image)
        {
            using (var stream = new MemoryStream([.. image.Bytes], writable: false))
                part.AddImagePart(ImagePartType.Png, ImageId).FeedData(stream);
            var height = (long)Math.Round(letterhead.ImageHeightMm * ImageFactory.EmuPerMm);
            var width = (long)Math.Round(height * image.AspectRatio);
            var paragraph = Paragraph(justification, exactTwips: null);
            paragraph.Append(ImageFactory.Inline(ImageId, 1000, "レターヘッド", width, height));
            header.Append(paragraph);
        }
        var lineTwips = (int)Math.Round(geometry.FontHalfPoints / 2.0 * Generator.HouseStyle.StyleFit.LetterheadLineEm * 20);
        foreach (var line in letterhead.Lines)
        {
            var paragraph = Paragraph(justification, lineTwips);
            paragraph.Append(ParagraphFactory.TextRuns(line));
            header.Append(paragraph);
        }
        return header;
    }

    private static Paragraph Paragraph(JustificationValues justification, int? exactTwips)
    {
        var properties = new ParagraphProperties(new SnapToGrid { Val = false });
        properties.Append(exactTwips is { } twips
            ? new SpacingBetweenLines { Before = "0", After = "0", Line = twips.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact }
            : new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto });
        properties.Append(new Justification { Val = justification });
        return new Paragraph(properties);
    }
}
