using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Diagnostics;
using Generator.Layout;
using LineAlignment = Generator.Model.LineAlignment;

namespace Generator.HouseStyle;

/// <summary>Takes a house style from an office's own Word file, as pandoc's <c>--reference-doc</c> does: page size and
/// margins, the document grid (文字数と行数), body fonts and size (document defaults and Normal), the title style's size
/// and weight, and the text of the first-page header as the letterhead.</summary>
public static class ReferenceDocx
{
    /// <summary>Reads <paramref name="path"/> onto <paramref name="basis"/>; what the file does not set stays as in the basis.</summary>
    /// <exception cref="GeneratorException">The file is missing or not a Word document, or its page does not fit the grid.</exception>
    public static PageLayoutOptions Load(string path, PageLayoutOptions basis)
    {
        if (!File.Exists(path))
            throw new GeneratorException(new Diagnostic(path, 0, 0, "The reference .docx does not exist.", "Give the path of a Word file (.docx) saved by Word or LibreOffice."));
        WordprocessingDocument word;
        try
        {
            word = WordprocessingDocument.Open(path, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException)
        {
            throw new GeneratorException(new Diagnostic(path, 0, 0, $"The reference .docx cannot be read as a Word document: {e.Message}",
                "Save the file from Word or LibreOffice as Word 2007-365 (.docx)."));
        }
        using (word)
        {
            var layout = Read(word, basis, path);
            if (StyleFit.Problem(layout) is { } problem)
                throw new GeneratorException(new Diagnostic(path, 0, 0, problem.Message, problem.Hint + " (in the reference .docx: ページ設定)"));
            return layout;
        }
    }

    private static PageLayoutOptions Read(WordprocessingDocument word, PageLayoutOptions layout, string path)
    {
        var main = word.MainDocumentPart;
        var section = main?.Document?.Body?.Elements<SectionProperties>().LastOrDefault()
            ?? main?.Document?.Body?.Descendants<SectionProperties>().LastOrDefault();
        var styles = main?.StyleDefinitionsPart?.Styles;

        // fonts and size: document defaults, then Normal
        var defaults = styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle;
        layout = Fonts(layout, defaults?.RunFonts, defaults?.FontSize?.Val);
        var normal = styles?.Elements<Style>().FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true);
        layout = Fonts(layout, normal?.StyleRunProperties?.RunFonts, normal?.StyleRunProperties?.FontSize?.Val);

        var title = styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == "Title" || s.StyleName?.Val?.Value is "Title" or "表題");
        if (title?.StyleRunProperties is { } titleRun)
        {
            if (HalfPoints(titleRun.FontSize?.Val) is { } size) layout = layout with { TitleSizePt = size };
            if (titleRun.Bold is { } bold) layout = layout with { TitleBold = bold.Val?.Value ?? true };
        }

        if (section is not null) layout = Page(layout, section);
        layout = layout with { Letterhead = FirstPageHeader(main, section) ?? layout.Letterhead };
        if (layout.Letterhead is { } letterhead) layout = layout with { Letterhead = letterhead with { Source = path } };
        return layout;
    }

    private static PageLayoutOptions Fonts(PageLayoutOptions layout, RunFonts? fonts, string? size)
    {
        if (fonts?.EastAsia?.Value is { Length: > 0 } eastAsian) layout = layout with { EastAsianFontName = eastAsian };
        if (fonts?.Ascii?.Value is { Length: > 0 } latin) layout = layout with { LatinFontName = latin };
        if (HalfPoints(size) is { } points) layout = layout with { FontSizePt = points };
        return layout;
    }

    private static PageLayoutOptions Page(PageLayoutOptions layout, SectionProperties section)
    {
        const double TwipsPerMm = 1440 / 25.4;
        if (section.GetFirstChild<PageSize>() is { Width.Value: > 0, Height.Value: > 0 } size)
            layout = layout with { PageWidthMm = size.Width!.Value / TwipsPerMm, PageHeightMm = size.Height!.Value / TwipsPerMm };
        if (section.GetFirstChild<PageMargin>() is { } margin)
        {
            layout = layout with
            {
                MarginTopMm = margin.Top?.Value is { } top ? Math.Abs(top) / TwipsPerMm : layout.MarginTopMm,
                MarginBottomMm = margin.Bottom?.Value is { } bottom ? Math.Abs(bottom) / TwipsPerMm : layout.MarginBottomMm,
                MarginLeftMm = margin.Left?.Value is { } left ? left / TwipsPerMm : layout.MarginLeftMm,
                MarginRightMm = margin.Right?.Value is { } right ? right / TwipsPerMm : layout.MarginRightMm,
                FooterDistanceMm = margin.Footer?.Value is { } footer ? footer / TwipsPerMm : layout.FooterDistanceMm,
            };
        }
        // the grid: lines from the line pitch; characters from the character pitch (font size + charSpace) when the grid
        // sets both, else as many body-size characters as fit
        var grid = section.GetFirstChild<DocGrid>();
        var linePitchPt = grid?.LinePitch?.Value is int pitch && pitch > 0 ? pitch / 20.0 : layout.FontSizePt * 1.75;
        var charPitchPt = grid?.Type?.Value == DocGridValues.LinesAndChars || grid?.Type?.Value == DocGridValues.SnapToChars
            ? layout.FontSizePt + (grid.CharacterSpace?.Value ?? 0) / 4096.0
            : layout.FontSizePt;
        var probe = layout with { CharactersPerLine = 1, LinesPerPage = 1 };
        return layout with
        {
            CharactersPerLine = Math.Max(1, (int)Math.Floor(probe.TextWidthPt / charPitchPt + 1e-6)),
            LinesPerPage = Math.Max(1, (int)Math.Floor(probe.TextHeightPt / linePitchPt + 1e-6)),
        };
    }

    /// <summary>The text of the first-page header (or, without one, of the default header) as letterhead lines.</summary>
    private static Letterhead? FirstPageHeader(MainDocumentPart? main, SectionProperties? section)
    {
        if (main is null || section is null) return null;
        var references = section.Elements<HeaderReference>().ToList();
        var reference = references.FirstOrDefault(r => r.Type?.Value == HeaderFooterValues.First && section.GetFirstChild<TitlePage>() is not null)
            ?? references.FirstOrDefault(r => r.Type?.Value == HeaderFooterValues.Default || r.Type is null);
        if (reference?.Id?.Value is not { } id || main.GetPartById(id) is not HeaderPart part || part.Header is null) return null;
        var paragraphs = part.Header.Descendants<Paragraph>().ToList();
        var lines = paragraphs.Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text)).Trim()).Where(t => t.Length > 0).ToList();
        if (lines.Count == 0) return null;
        var alignment = paragraphs.Select(p => p.ParagraphProperties?.Justification?.Val?.Value).FirstOrDefault(j => j is not null) switch
        {
            var j when j == JustificationValues.Left || j == JustificationValues.Start => LineAlignment.Left,
            var j when j == JustificationValues.Right || j == JustificationValues.End => LineAlignment.Right,
            _ => LineAlignment.Center,
        };
        var headerMm = section.GetFirstChild<PageMargin>()?.Header?.Value is { } header ? header * 25.4 / 1440 : 12;
        return new Letterhead([.. lines], null, 12, alignment, headerMm);
    }

    private static double? HalfPoints(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var half) && half > 0 ? half / 2.0 : null;
}
