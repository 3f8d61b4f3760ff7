using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Docx.Layout;

namespace Generator.Docx.Styling;

/// <summary>What a paragraph style sets: alignment, indents in grid characters, spacing in grid lines.</summary>
/// <remarks>Indents are written twice, as Word does: <c>*Chars</c> (Word uses these) and twips (LibreOffice uses these).</remarks>
internal sealed record ParagraphLook
{
    public JustificationValues? Alignment { get; init; }
    public double? LeftChars { get; init; }
    public double? RightChars { get; init; }
    public double? HangingChars { get; init; }
    public double? FirstLineChars { get; init; }
    public int BeforeLines { get; init; }
    public int AfterLines { get; init; }
    public bool ContextualSpacing { get; init; }
    public bool KeepNext { get; init; }

    /// <summary>An exact line height in twips other than Normal's one grid line (null: Normal's).</summary>
    public int? ExactLineTwips { get; init; }

    /// <summary>Builds <c>w:pPr</c> children in schema order.</summary>
    public StyleParagraphProperties ToProperties(DocxGeometry geometry)
    {
        var pPr = new StyleParagraphProperties();
        if (KeepNext) pPr.Append(new KeepNext());
        if (BeforeLines != 0 || AfterLines != 0 || ExactLineTwips is not null)
        {
            var spacing = new SpacingBetweenLines();
            if (BeforeLines != 0 || AfterLines != 0)
            {
                spacing.Before = Twips(geometry.LinePitch * BeforeLines);
                spacing.BeforeLines = BeforeLines * 100;
                spacing.After = Twips(geometry.LinePitch * AfterLines);
                spacing.AfterLines = AfterLines * 100;
            }
            if (ExactLineTwips is { } line)
            {
                spacing.Line = Twips(line);
                spacing.LineRule = LineSpacingRuleValues.Exact;
            }
            pPr.Append(spacing);
        }
        var indentation = Indentation(geometry);
        if (indentation is not null) pPr.Append(indentation);
        if (ContextualSpacing) pPr.Append(new ContextualSpacing());
        if (Alignment is { } jc) pPr.Append(new Justification { Val = jc });
        return pPr;
    }

    private Indentation? Indentation(DocxGeometry geometry)
    {
        if (LeftChars is null && RightChars is null && HangingChars is null && FirstLineChars is null) return null;
        var ind = new Indentation();
        if (LeftChars is { } left)
        {
            ind.Left = Twips(geometry.GridTwips(left));
            ind.LeftChars = DocxGeometry.HundredthsOfChar(left);
        }
        if (RightChars is { } right)
        {
            ind.Right = Twips(geometry.GridTwips(right));
            ind.RightChars = DocxGeometry.HundredthsOfChar(right);
        }
        if (HangingChars is { } hanging)
        {
            ind.Hanging = Twips(geometry.GridTwips(hanging));
            ind.HangingChars = DocxGeometry.HundredthsOfChar(hanging);
        }
        else if (FirstLineChars is { } first)
        {
            ind.FirstLine = Twips(geometry.GridTwips(first));
            ind.FirstLineChars = DocxGeometry.HundredthsOfChar(first);
        }
        return ind;
    }

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
