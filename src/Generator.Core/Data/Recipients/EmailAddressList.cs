namespace Generator.Data;

/// <summary>
/// The addresses of an e-mail cell, which may hold several: separated by ';', ',', '、' or their full-width forms
/// (；，). Empty parts are dropped. Used both to validate the cell and to address the draft (all as To).
/// </summary>
public static class EmailAddressList
{
    private static readonly char[] Separators = [';', ',', '、', '；', '，'];

    /// <summary>The trimmed, non-empty addresses of <paramref name="value"/>, in order.</summary>
    public static IReadOnlyList<string> Split(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }
}
