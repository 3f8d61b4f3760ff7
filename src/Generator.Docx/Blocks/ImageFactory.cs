using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Generator.Docx.Blocks;

/// <summary>Runs holding a picture: inline (a letterhead emblem) or floating over the text (the seal, 電子公印).</summary>
internal static class ImageFactory
{
    /// <summary>English Metric Units per millimetre.</summary>
    public const long EmuPerMm = 36000;

    /// <summary>A picture in the line, <paramref name="widthEmu"/> × <paramref name="heightEmu"/>.</summary>
    public static Run Inline(string relationshipId, uint id, string name, long widthEmu, long heightEmu) =>
        new(new Drawing(new Wp.Inline(
            new Wp.Extent { Cx = widthEmu, Cy = heightEmu },
            new Wp.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Wp.DocProperties { Id = id, Name = name },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            Graphic(relationshipId, id, name, widthEmu, heightEmu))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 }));

    /// <summary>A picture in front of the text, not moving it: placed <paramref name="xEmu"/> right of the left margin and
    /// <paramref name="yEmu"/> below the top of its paragraph.</summary>
    public static Run Floating(string relationshipId, uint id, string name, long xEmu, long yEmu, long sizeEmu) =>
        new(new Drawing(new Wp.Anchor(
            new Wp.SimplePosition { X = 0, Y = 0 },
            new Wp.HorizontalPosition(new Wp.PositionOffset(xEmu.ToString(System.Globalization.CultureInfo.InvariantCulture))) { RelativeFrom = Wp.HorizontalRelativePositionValues.Margin },
            new Wp.VerticalPosition(new Wp.PositionOffset(yEmu.ToString(System.Globalization.CultureInfo.InvariantCulture))) { RelativeFrom = Wp.VerticalRelativePositionValues.Paragraph },
            new Wp.Extent { Cx = sizeEmu, Cy = sizeEmu },
            new Wp.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Wp.WrapNone(),
            new Wp.DocProperties { Id = id, Name = name },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            Graphic(relationshipId, id, name, sizeEmu, sizeEmu))
        {
            DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0,
            SimplePos = false, RelativeHeight = 251659264, BehindDoc = false, Locked = false, LayoutInCell = true, AllowOverlap = true,
        }));

    private static A.Graphic Graphic(string relationshipId, uint id, string name, long widthEmu, long heightEmu) =>
        new(new A.GraphicData(new Pic.Picture(
            new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = id, Name = name }, new Pic.NonVisualPictureDrawingProperties()),
            new Pic.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
            new Pic.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = widthEmu, Cy = heightEmu }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
        { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" });
}
