using Generator.Docx.Layout;

namespace Generator.Docx.Blocks;

/// <summary>What block renderers share: the page geometry (for table and cell widths).</summary>
internal sealed record BlockRenderContext(DocxGeometry Geometry);
