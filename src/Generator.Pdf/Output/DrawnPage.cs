using System.Collections.Immutable;
using Generator.Layout;

namespace Generator.Pdf.Output;

/// <summary>One page as it is written to a file (<see cref="StreamedPages"/>): its size, its content stream already
/// compressed, and the fonts and images it names — all a file needs to write the page again without drawing it.</summary>
/// <param name="Width">Width in points.</param>
/// <param name="Height">Height in points.</param>
/// <param name="Content">The content stream, zlib-compressed (<see cref="ZlibDeflate"/>); character ids are the fonts' own glyph ids.</param>
/// <param name="Fonts">The fonts it names, by chain index in ascending order (/F0, /F1 …).</param>
/// <param name="Images">The images it names: resource name (/I0 …) and image, in name order.</param>
internal sealed record DrawnPage(double Width, double Height, ImmutableArray<byte> Content, ImmutableArray<int> Fonts,
    ImmutableArray<(string Name, PngImage Image)> Images);
