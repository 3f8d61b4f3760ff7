using Generator.Writers;

namespace Generator.Pdf.Fonts;

/// <summary>The fonts a PDF draws with, in order: the body font (IPAex明朝 or <c>--font</c>), then fallbacks (IPAmj明朝) for
/// characters it lacks. Each character is drawn with the first font that has it; a fallback file is read only when a
/// character needs it.</summary>
internal sealed class FontChain : IAdvanceWidths
{
    private readonly Lazy<LoadedFont?>[] fallbacks;
    private readonly string[] fallbackPaths;

    /// <summary>A chain of <paramref name="primary"/> and the fonts at <paramref name="fallbackPaths"/> (loaded on first need).</summary>
    public FontChain(LoadedFont primary, IReadOnlyList<string> fallbackPaths)
    {
        Primary = primary;
        this.fallbackPaths = [.. fallbackPaths];
        fallbacks = [.. fallbackPaths.Select(path => new Lazy<LoadedFont?>(() => TryLoad(path), LazyThreadSafetyMode.ExecutionAndPublication))];
        Coverage = new ChainCoverage(this);
    }

    /// <summary>The body font.</summary>
    public LoadedFont Primary { get; }

    /// <summary>How many fonts the chain holds (body font first).</summary>
    public int Count => fallbacks.Length + 1;

    /// <summary>What the PDF can draw: the union of every font's characters.</summary>
    public IGlyphCoverage Coverage { get; }

    /// <summary>Where the baseline sits in the em box: the body font's.</summary>
    public double AscentRatio => Primary.File.AscentRatio;

    /// <summary>Font <paramref name="index"/> of the chain (0 = the body font); null for a fallback that could not be read.</summary>
    public LoadedFont? this[int index] => index == 0 ? Primary : fallbacks[index - 1].Value;

    /// <summary>Which font draws <paramref name="codePoint"/> and with which glyph; (0, 0) when no font has it.</summary>
    public (int Font, ushort Glyph) Resolve(int codePoint)
    {
        var glyph = Primary.File.GlyphIndex(codePoint);
        if (glyph != 0) return (0, glyph);
        for (var i = 0; i < fallbacks.Length; i++)
            if (fallbacks[i].Value is { } font && font.File.GlyphIndex(codePoint) is var g and not 0) return (i + 1, g);
        return (0, 0);
    }

    /// <summary>Whether <paramref name="other"/> draws every character with the same font and glyph as this chain: the same
    /// body font (one <see cref="LoadedFont"/> per file and process, <see cref="FontRegistry"/>) and the same fallback files in order.</summary>
    public bool DrawsLike(FontChain other) =>
        ReferenceEquals(this, other)
        || (ReferenceEquals(Primary, other.Primary) && fallbackPaths.AsSpan().SequenceEqual(other.fallbackPaths, StringComparer.Ordinal));

    /// <inheritdoc />
    public double AdvanceEm(int codePoint)
    {
        var (font, glyph) = Resolve(codePoint);
        return glyph == 0 ? 0 : this[font]!.File.AdvanceEm(codePoint);
    }

    private static LoadedFont? TryLoad(string path)
    {
        try
        {
            return FontRegistry.Get(path);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return null; // an unreadable fallback only means its characters stay missing (and are refused as such)
        }
    }

    private sealed class ChainCoverage(FontChain chain) : IGlyphCoverage
    {
        public string FontDescription => chain.Primary.Coverage.FontDescription;

        public bool Covers(int codePoint) => chain.Resolve(codePoint).Glyph != 0;
    }
}
