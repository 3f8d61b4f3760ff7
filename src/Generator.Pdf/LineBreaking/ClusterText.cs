namespace Generator.Pdf.LineBreaking;

/// <summary>The text of a cluster as a string. A cluster of one character — nearly every cluster of Japanese text — is a
/// string made once per process and shared, so laying out a letter does not allocate a string for each of its characters
/// (measured: 74 KB of a 2-page letter's layout; issue 17).</summary>
/// <remarks>Thread-safe: two threads may make the same character's string at once, and either is kept; strings are
/// compared by value everywhere, so which one a run gets never shows in its output.</remarks>
internal static class ClusterText
{
    // 256 pages of 256 characters, each made when one of its characters is first asked for
    private static readonly string?[]?[] Pages = new string?[]?[256];

    /// <summary>The <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>.</summary>
    public static string Of(string text, int start, int length)
    {
        if (length != 1) return start == 0 && length == text.Length ? text : text.Substring(start, length);
        var c = text[start];
        var page = Pages[c >> 8] ??= new string?[256];
        return page[c & 0xFF] ??= c.ToString();
    }
}
