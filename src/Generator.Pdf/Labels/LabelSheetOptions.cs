namespace Generator.Pdf.Labels;

/// <summary>Geometry of an A4 label sheet with 12 labels (2 × 6, 86.4 × 42.3 mm, the common 12面 sheet).</summary>
public sealed record LabelSheetOptions
{
    /// <summary>The common 12-label A4 sheet.</summary>
    public static LabelSheetOptions Default { get; } = new();

    /// <summary>Labels across.</summary>
    public int Columns { get; init; } = 2;
    /// <summary>Labels down.</summary>
    public int Rows { get; init; } = 6;
    /// <summary>Label width in millimetres.</summary>
    public double LabelWidthMm { get; init; } = 86.4;
    /// <summary>Label height in millimetres.</summary>
    public double LabelHeightMm { get; init; } = 42.3;
    /// <summary>Distance of the first label from the paper's top edge, in millimetres.</summary>
    public double TopMm { get; init; } = 21.6;
    /// <summary>Distance of the first label from the paper's left edge, in millimetres.</summary>
    public double LeftMm { get; init; } = 18.6;
    /// <summary>Space kept free inside each label's edge, in millimetres.</summary>
    public double PaddingMm { get; init; } = 5;
    /// <summary>Distance between text lines on a label, in points.</summary>
    public double LinePitchPt { get; init; } = 15;
    /// <summary>Size of the addressee's name line in points: larger than the address (body size), as on printed labels.</summary>
    public double NameFontSizePt { get; init; } = 14;
}
