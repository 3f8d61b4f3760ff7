using Generator.Pdf.Output;

namespace Generator.Pdf.Fonts;

/// <summary>The leading glyph outlines of this font's subsets (<see cref="Subsetting.FontSubset.LeadingOutlines"/>), compressed
/// once and kept for every later letter that leads with the same glyphs: the letters of a run draw nearly the same
/// characters (its template's), so most of each font program is compressed once per run instead of once per letter.</summary>
/// <remarks>A few of them are kept (the letters of one template differ in a handful of glyphs at most; the least recently used
/// goes first). Whether a part is found here never changes the bytes written: a part is compressed the same way every time.
/// Thread-safe.</remarks>
internal sealed class DeflatedOutlines
{
    private const int Capacity = 128;
    private readonly object sync = new();
    private readonly Dictionary<ulong, (DeflatedPart Part, long Used)> parts = [];
    private long clock;

    /// <summary><paramref name="outlines"/> compressed on its own (<see cref="ZlibDeflate.Part"/>); <paramref name="key"/> names
    /// them (a hash of the glyphs they are the outlines of), and the bytes are compared before a kept part is used.</summary>
    public DeflatedPart Get(ReadOnlySpan<byte> outlines, ulong key)
    {
        lock (sync)
        {
            if (parts.TryGetValue(key, out var kept) && kept.Part.Data.AsSpan().SequenceEqual(outlines))
            {
                parts[key] = (kept.Part, ++clock);
                return kept.Part;
            }
        }
        var made = ZlibDeflate.Part(outlines);
        lock (sync)
        {
            if (parts.Count >= Capacity && !parts.ContainsKey(key))
                parts.Remove(parts.MinBy(p => p.Value.Used).Key);
            parts[key] = (made, ++clock);
        }
        return made;
    }
}
