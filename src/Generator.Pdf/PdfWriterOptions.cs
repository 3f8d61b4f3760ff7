using Generator.Layout;
using Generator.Pdf.LineBreaking;

namespace Generator.Pdf;

/// <summary>Options of <see cref="PdfWriter"/>: the font file, page layout and line breaking.</summary>
public sealed record PdfWriterOptions
{
    /// <summary>The options used unless told otherwise.</summary>
    public static PdfWriterOptions Default { get; } = new();

    /// <summary>A TrueType (.ttf) file to use instead of the IPAex明朝 found on the system (the CLI's <c>--font</c>).</summary>
    public string? FontPath { get; init; }

    /// <summary>Folders searched for IPAex明朝 when <see cref="FontPath"/> is not set; null means <see cref="Fonts.FontLocator.DefaultSearchDirectories"/>.</summary>
    public IReadOnlyList<string>? FontSearchDirectories { get; init; }

    /// <summary>Fonts drawing the characters the body font lacks, in order; null means IPAmj明朝 found in the search folders
    /// (<see cref="Fonts.FontLocator.LocateFallbacks"/>), empty means none.</summary>
    public IReadOnlyList<string>? FallbackFontPaths { get; init; }

    /// <summary>Page geometry and grid shared with the DOCX writer.</summary>
    public PageLayoutOptions Layout { get; init; } = PageLayoutOptions.Default;

    /// <summary>Line breaking options (ぶら下げ on by default).</summary>
    public JlreqLineBreakOptions LineBreaking { get; init; } = JlreqLineBreakOptions.Default;

    /// <summary>Whether a page number is printed, centred in the footer.</summary>
    public bool PageNumbers { get; init; } = true;
}
