using Generator.Layout;

namespace Generator.Writers.Text;

/// <summary>Pads text with ideographic spaces to align it on a fixed-width line.</summary>
internal sealed class TextLineFormatter(int width)
{
    public string Right(string text) => Pad(width - CharacterWidth.Of(text)) + text;

    public string Center(string text) => Pad((width - CharacterWidth.Of(text)) / 2) + text;

    /// <summary>Places <paramref name="text"/> starting at column <paramref name="column"/> (in full-width characters).</summary>
    public static string At(double column, string text) => Pad(column) + text;

    /// <summary>Full-width spaces for whole characters, a half-width space for a remaining half.</summary>
    public static string Pad(double characters)
    {
        if (characters <= 0) return "";
        var whole = (int)Math.Floor(characters);
        var half = characters - whole >= 0.5 ? " " : "";
        return new string('\u3000', whole) + half;
    }
}
