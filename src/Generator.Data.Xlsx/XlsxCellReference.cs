namespace Generator.Data;

/// <summary>Parses and writes A1-style cell references (<c>B3</c>, <c>AA10</c>).</summary>
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

    /// <summary>1-based row and column of a full reference such as <c>B3</c> (a <c>$</c> is ignored); null when it is not one.</summary>
    public static (int Row, int Column)? Parse(string? reference)
    {
        var text = reference?.Replace("$", "", StringComparison.Ordinal);
        if (ColumnNumber(text) is not { } column) return null;
        var digits = text![text!.TakeWhile(char.IsAsciiLetter).Count()..];
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row) && row > 0
            ? (row, column) : null;
    }

    /// <summary>The A1 reference of a 1-based row and column (3, 2 → B3).</summary>
    public static string Format(int row, int column)
    {
        var letters = "";
        for (var c = column; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
