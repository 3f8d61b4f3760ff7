namespace Generator.Data;

/// <summary>Parses A1-style cell references (<c>B3</c>, <c>AA10</c>).</summary>
internal static class XlsxCellReference
{
    /// <summary>1-based column number of a reference (A → 1, Z → 26, AA → 27), or null when there is no valid reference.</summary>
    public static int? ColumnNumber(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            if (++letters > 3) return null;
        }
        return letters == 0 ? null : column;
    }
}
