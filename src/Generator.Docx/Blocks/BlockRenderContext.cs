using Generator.Docx.Layout;

namespace Generator.Docx.Blocks;

/// <summary>What block renderers share: the page geometry (for table and cell widths) and the seal image's relationship
/// id in the main part (null when the style has no seal).</summary>
internal sealed record BlockRenderContext(DocxGeometry Geometry, string? SealImageId = null)
{
    private uint drawings;

    /// <summary>A new id for a drawing's <c>wp:docPr</c> (unique in the document).</summary>
    public uint NextDrawingId() => ++drawings;
}
