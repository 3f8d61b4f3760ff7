using System.Text.RegularExpressions;

namespace Generator.Data;

/// <summary>Checks and normalises single field values of a recipient: postal code and e-mail address.</summary>
internal static partial class RecipientValidator
{
    private const string Hyphens = "-－‐‑–—−ーｰ";

    /// <summary>Normalises a postal code to NNN-NNNN (accepts 7 digits, full-width digits, 〒, hyphen look-alikes); false when it is not one.</summary>
    public static bool TryNormalizePostalCode(string value, bool isNumber, out string normalized)
    {
        var text = LocalGovernmentCode.ToAsciiDigits(value.Trim().TrimStart('〒').Trim());
        text = new string([.. text.Select(c => Hyphens.Contains(c) ? '-' : c)]);
        if (isNumber && text.Length == 6 && text.All(char.IsAsciiDigit)) text = "0" + text;
        if (SevenDigits().IsMatch(text)) text = $"{text[..3]}-{text[3..]}";
        normalized = text;
        return PostalCode().IsMatch(text);
    }

    /// <summary>
    /// Checks one or more e-mail addresses (see <see cref="EmailAddressList"/>). Returns null when all are fine, else the first bad
    /// address and a hint (e.g. a full-width ＠).
    /// </summary>
    public static (string Address, string Hint)? FindBadEmail(string value)
    {
        foreach (var part in EmailAddressList.Split(value))
        {
            if (Email().IsMatch(part) && !part.Contains("..", StringComparison.Ordinal) && !part.StartsWith('.') && !part.Contains(".@", StringComparison.Ordinal))
                continue;
            var hint = part.Contains('＠') ? "Use the half-width @, not the full-width ＠."
                : part.Any(c => c > 0x7E) ? "The address contains full-width or non-ASCII characters; type it in half-width."
                : "Write it as name@example.lg.jp; separate several addresses with ';'.";
            return (part, hint);
        }
        return null;
    }

    [GeneratedRegex("^[0-9]{7}$")]
    private static partial Regex SevenDigits();

    [GeneratedRegex("^[0-9]{3}-[0-9]{4}$")]
    private static partial Regex PostalCode();

    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")]
    private static partial Regex Email();
}
