using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Docx.Styling;
using M = Generator.Model;

namespace Generator.Docx.Blocks;

/// <summary>発信者: the sender line, right-aligned, and 「（公印省略）」 as its own paragraph under it; under
/// <c>@seal affixed</c> with a seal in the style, the seal image over the end of the name (電子公印).</summary>
internal static class SenderRenderer
{
    public static IEnumerable<OpenXmlElement> Render(M.Sender sender, BlockRenderContext context)
    {
        var paragraph = ParagraphFactory.Styled(StyleIds.Sender, sender.Text);
        if (!sender.SealOmitted && context.SealImageId is { } sealId && context.Geometry.Options.Seal is { } seal)
            paragraph.Append(Seal(sealId, seal.SizeMm, context));
        yield return paragraph;
        if (sender.SealOmitted) yield return ParagraphFactory.Styled(StyleIds.SealNote, M.Sender.SealOmittedText);
    }

    /// <summary>The seal, centred on the last grid cell of the line (where the right-aligned name ends) and on the line.</summary>
    private static Run Seal(string relationshipId, double sizeMm, BlockRenderContext context)
    {
        var g = context.Geometry;
        var size = (long)Math.Round(sizeMm * ImageFactory.EmuPerMm);
        const long EmuPerTwip = 635;
        var x = (long)Math.Round((g.TextWidth - g.CharPitchTwips / 2) * EmuPerTwip) - size / 2;
        var y = g.LinePitch * EmuPerTwip / 2 - size / 2;
        return ImageFactory.Floating(relationshipId, context.NextDrawingId(), "公印", x, y, size);
    }
}
