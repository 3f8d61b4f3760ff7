using System.Text;

namespace Generator.Pdf.Drawing;

/// <summary>The code points drawn in a document, in the order first drawn; the source of the ToUnicode CMap.</summary>
internal sealed class DrawnCharacters
{
    // sized for a letter (~240 characters), which then never grows them (issue 17: each growth is garbage)
    private readonly HashSet<int> seen = new(256);
    private readonly List<int> ordered = new(256);

    /// <summary>Records the characters of <paramref name="text"/>.</summary>
    public void Add(string text)
    {
        foreach (var rune in text.EnumerateRunes())
            if (seen.Add(rune.Value)) ordered.Add(rune.Value);
    }

    /// <summary>Records one code point.</summary>
    public void Add(int codePoint)
    {
        if (seen.Add(codePoint)) ordered.Add(codePoint);
    }

    /// <summary>Code points in the order first drawn.</summary>
    public IReadOnlyList<int> InOrder => ordered;
}
