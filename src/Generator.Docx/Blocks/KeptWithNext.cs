using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Layout;
using M = Generator.Model;

namespace Generator.Docx.Blocks;

/// <summary>Core's <see cref="HeadingRule"/> in the DOCX: the paragraphs that get <c>w:keepNext</c>
/// (「次の段落と分離しない」) so that LibreOffice and Word move a heading to the next page with what it heads, as our PDF
/// does. The title and 「記」 have it in their styles; an outline item that is a heading gets it on its paragraph, and
/// the empty paragraphs between a heading and what it heads (an author's blank line, a table's line of space above it)
/// get it too, or the heading would be kept with them alone.</summary>
internal static class KeptWithNext
{
    /// <summary>Whether the first paragraph of <paramref name="item"/> (label, separator and text) is a heading: it fits
    /// one line at the item's indent, each half-width character taking half a character (automatic spacing is off, see
    /// <c>StyleSheetBuilder</c>), and is no sentence.</summary>
    public static bool IsHeading(M.OutlineItem item, BlockRenderContext context)
    {
        if (context.Outline is not { } outline) return false;
        var hang = outline.Hanging(item.Level);
        // the label takes its hang, or more when it is wider (the text then follows it directly)
        var width = Math.Max(CharacterWidth.Of(item.Label + item.Separator), hang) + CharacterWidth.Of(item.Text);
        var room = context.Geometry.Options.CharactersPerLine - outline.Left(item.Level) + hang;
        return HeadingRule.IsHeading(item, width <= room + 1e-6 ? 1 : 2);
    }

    /// <summary>Whether the last paragraph <paramref name="block"/> writes is kept with the next block: a title, 「記」,
    /// or a heading item without further paragraphs (with them, its first paragraph is kept with its second).</summary>
    public static bool EndsKept(M.Block block, BlockRenderContext context) => block switch
    {
        M.OutlineItem item => item.Continuations.IsEmpty && IsHeading(item, context),
        _ => HeadingRule.AlwaysKeptWithNext(block),
    };

    /// <summary>Whether <paramref name="paragraph"/> is empty: no text, no break, no picture.</summary>
    public static bool IsEmpty(Paragraph paragraph) => !paragraph.Elements<Run>().Any();

    /// <summary>Gives <paramref name="paragraph"/> <c>w:keepNext</c>.</summary>
    public static Paragraph Keep(Paragraph paragraph)
    {
        paragraph.ParagraphProperties ??= new ParagraphProperties();
        paragraph.ParagraphProperties.KeepNext = new KeepNext();
        return paragraph;
    }
}
