using DocumentFormat.OpenXml;
using Generator.Docx.Styling;
using M = Generator.Model;

namespace Generator.Docx.Blocks;

/// <summary>発信者: the sender line, right-aligned, and 「（公印省略）」 as its own paragraph under it.</summary>
internal static class SenderRenderer
{
    public static IEnumerable<OpenXmlElement> Render(M.Sender sender)
    {
        yield return ParagraphFactory.Styled(StyleIds.Sender, sender.Text);
        if (sender.SealOmitted) yield return ParagraphFactory.Styled(StyleIds.SealNote, M.Sender.SealOmittedText);
    }
}
