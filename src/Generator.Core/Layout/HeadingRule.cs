using Generator.Model;

namespace Generator.Layout;

/// <summary>Which blocks head what follows them (見出し) and so never stand last on a page: the title, 「記」, and an
/// outline item whose first paragraph takes one line and is no sentence (「５　根拠法令」, not 「１　…適用する。」).
/// Both writers ask it: the PDF's placement moves such a block to the next page with the start of what follows, and the
/// DOCX gives its paragraph <c>w:keepNext</c> (「次の段落と分離しない」), so LibreOffice and Word move it too.</summary>
public static class HeadingRule
{
    /// <summary>Whether <paramref name="block"/> is kept with what follows whatever its length: a title or 「記」.
    /// An outline item is asked with <see cref="IsHeading"/>, which needs its measured line count.</summary>
    public static bool AlwaysKeptWithNext(Block block) => block is Title or NoteHeading;

    /// <summary>Whether outline item <paramref name="item"/> is a heading, its label, separator and text taking
    /// <paramref name="lines"/> lines (the writer's own measure): one line that does not end in 「。」.</summary>
    public static bool IsHeading(OutlineItem item, int lines) => lines == 1 && !item.Text.EndsWith('。');
}
