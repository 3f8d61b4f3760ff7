using Generator.Layout;

namespace Generator.Pdf.Drawing;

/// <summary>Where <see cref="PageDrawer"/> puts each finished page: today a PDF written object by object
/// (<see cref="Output.StreamedPages"/>); drawing knows nothing of the file around the page.</summary>
internal interface IPageTarget
{
    /// <summary>Takes one page: its size in points, its content stream (not yet compressed), the fonts it names (chain
    /// indices, ascending) and the images it names (resource name and image, in name order).</summary>
    void AddPage(double width, double height, ReadOnlySpan<byte> content, IReadOnlyCollection<int> fonts,
        IReadOnlyList<(string Name, PngImage Image)> images);
}
