using Generator.Docx.Layout;
using Generator.Layout;

namespace Generator.Docx.Blocks;

/// <summary>What block renderers share: the page geometry (for table and cell widths) and the seal image's relationship
/// id in the main part (null when the style has no seal).</summary>
internal sealed record BlockRenderContext(DocxGeometry Geometry, string? SealImageId = null)
{
    private uint drawings;

    /// <summary>The document's outline indents (項目の字下げ), for paragraphs that indent under an item's text.</summary>
    public OutlineGeometry? Outline { get; init; }

    /// <summary>A new id for a drawing's <c>wp:docPr</c> (unique in the document).</summary>
    public uint NextDrawingId() => ++drawings;
}
