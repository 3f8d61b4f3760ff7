using System.Collections.Concurrent;
using Generator.Pdf.Fonts.Subsetting;

namespace Generator.Pdf.Fonts;

/// <summary>A loaded font: its parsed file, the coverage used to refuse missing glyphs, and its subsetter.</summary>
/// <param name="File">The parsed TrueType file (cmap, widths, names).</param>
/// <param name="Coverage">Which characters it has.</param>
internal sealed record LoadedFont(TrueTypeFontFile File, TrueTypeCoverage Coverage)
{
    private readonly Lazy<HarfBuzzSubsetter> subsetter = new(() => new HarfBuzzSubsetter(File.Bytes));

    /// <summary>Cuts the font down to the glyphs a PDF draws (made on first use).</summary>
    public HarfBuzzSubsetter Subsetter => subsetter.Value;

    /// <summary>The leading outlines of this font's subsets, compressed once for every letter that shares them.</summary>
    public DeflatedOutlines Outlines { get; } = new();
}

/// <summary>Loads each font file once per process; thread-safe.</summary>
internal static class FontRegistry
{
    private static readonly ConcurrentDictionary<string, Lazy<LoadedFont>> Fonts = new(StringComparer.Ordinal);

    /// <summary>The font at <paramref name="path"/>, loaded on first use.</summary>
    public static LoadedFont Get(string path) =>
        Fonts.GetOrAdd(Path.GetFullPath(path), p => new Lazy<LoadedFont>(() => Load(p))).Value;

    private static LoadedFont Load(string path)
    {
        var file = TrueTypeFontFile.Load(path);
        return new LoadedFont(file, new TrueTypeCoverage(file));
    }
}
