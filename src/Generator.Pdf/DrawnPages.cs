using System.Collections.Immutable;
using Generator.Pdf.Fonts;
using Generator.Pdf.Output;

namespace Generator.Pdf;

/// <summary>What writing one letter drew (<see cref="PdfWriter.WriteKeepingPages"/>): each page's size, compressed content
/// stream, fonts and images, and the characters drawn with each font — so a print bundle takes the letter's pages as they
/// are (<see cref="PdfBundleStream.TryAdd"/>) instead of laying the letter out and drawing it again. Immutable.</summary>
/// <remarks>Content streams do not depend on the font subset (character ids are the fonts' own glyph ids, which each file's
/// CIDToGIDMap maps), so the bundle writes the same bytes it would have drawn, provided it draws like the letter's writer
/// (same options, same font files) and names the letter's images alike; <see cref="PdfBundleStream.TryAdd"/> checks both.</remarks>
public sealed class DrawnPages
{
    internal DrawnPages(PdfWriterOptions options, FontChain fonts, ImmutableArray<DrawnPage> pages,
        ImmutableArray<(int Font, ImmutableArray<int> CodePoints)> characters)
    {
        Options = options;
        Fonts = fonts;
        Pages = pages;
        Characters = characters;
    }

    /// <summary>Pages drawn.</summary>
    public int PageCount => Pages.Length;

    /// <summary>The options of the writer that drew them.</summary>
    internal PdfWriterOptions Options { get; }

    /// <summary>The fonts of the writer that drew them.</summary>
    internal FontChain Fonts { get; }

    /// <summary>The pages, in order.</summary>
    internal ImmutableArray<DrawnPage> Pages { get; }

    /// <summary>Per font (chain index, ascending), the code points drawn with it in the order first drawn.</summary>
    internal ImmutableArray<(int Font, ImmutableArray<int> CodePoints)> Characters { get; }

    /// <summary>Whether a file drawing with <paramref name="options"/> and <paramref name="fonts"/> would draw these pages alike.</summary>
    internal bool DrawnLike(PdfWriterOptions options, FontChain fonts) => Options.Equals(options) && Fonts.DrawsLike(fonts);
}
