using Generator.Layout;
using Generator.Writers;

namespace Generator.Docx;

/// <summary>Options of <see cref="DocxWriter"/>: the page layout (house style) and the font for characters the body font
/// lacks (人名・地名 in MJ文字 such as 𠮷).</summary>
public sealed record DocxWriterOptions
{
    /// <summary>The font Debian's <c>fonts-ipamj-mincho</c> installs, made by the 文字情報基盤 for exactly such names.</summary>
    public const string DefaultFallbackFontName = "IPAmj明朝";

    /// <summary>The page layout; null means <see cref="PageLayoutOptions.Default"/>.</summary>
    public PageLayoutOptions? Layout { get; init; }

    /// <summary>The characters the body font has; a run of characters outside it names <see cref="FallbackFontName"/>.
    /// Null: every run uses the body font (as before MJ文字 were handled).</summary>
    public IGlyphCoverage? BodyFontCoverage { get; init; }

    /// <summary>The font named for characters the body font lacks.</summary>
    public string FallbackFontName { get; init; } = DefaultFallbackFontName;
}
