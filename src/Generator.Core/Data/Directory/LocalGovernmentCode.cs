using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Generator.Data;

/// <summary>
/// 全国地方公共団体コード helpers: six digits = two-digit prefecture + three-digit body + check digit.
/// Check digit: weights 6,5,4,3,2 over the first five digits, s = Σ dᵢwᵢ, check = (11 − s mod 11) mod 10.
/// </summary>
public static class LocalGovernmentCode
{
    private static readonly int[] Weights = [6, 5, 4, 3, 2];

    /// <summary>Computes the check digit of a five-digit code, e.g. <c>01100</c> → <c>2</c> (札幌市 011002).</summary>
    public static char ComputeCheckDigit(string fiveDigits)
    {
        ArgumentNullException.ThrowIfNull(fiveDigits);
        if (fiveDigits.Length != 5 || !fiveDigits.All(char.IsAsciiDigit))
            throw new ArgumentException($"Expected five ASCII digits, got '{fiveDigits}'.", nameof(fiveDigits));
        var sum = 0;
        for (var i = 0; i < 5; i++) sum += (fiveDigits[i] - '0') * Weights[i];
        return (char)('0' + (11 - sum % 11) % 10);
    }

    /// <summary>True when <paramref name="code"/> is six ASCII digits whose last digit is the right check digit.</summary>
    public static bool IsValid([NotNullWhen(true)] string? code) =>
        code is { Length: 6 } && code.All(char.IsAsciiDigit) && ComputeCheckDigit(code[..5]) == code[5];

    /// <summary>
    /// Normalises user input to a six-digit code: trims, turns full-width digits (０–９) into ASCII, checks a six-digit
    /// code's check digit and completes a five-digit code (without check digit) by computing it.
    /// On failure returns false and an English <paramref name="error"/> that names the right check digit when that is the problem.
    /// </summary>
    public static bool TryNormalize(string? text, [NotNullWhen(true)] out string? code, [NotNullWhen(false)] out string? error)
    {
        code = null;
        var digits = ToAsciiDigits(text?.Trim() ?? "");
        if (digits.Length == 0)
        {
            error = "The code is empty.";
            return false;
        }
        if (!digits.All(char.IsAsciiDigit) || digits.Length is not (5 or 6))
        {
            error = $"Malformed code '{text?.Trim()}': expected 6 digits (or 5 digits without the check digit).";
            return false;
        }
        var check = ComputeCheckDigit(digits[..5]);
        if (digits.Length == 6 && digits[5] != check)
        {
            error = $"Bad check digit in code '{digits}': the last digit should be {check} ({digits[..5]}{check}).";
            return false;
        }
        code = digits[..5] + check;
        error = null;
        return true;
    }

    /// <summary>Two-digit prefecture part of a code (JIS X 0401), e.g. <c>01</c> for 011002.</summary>
    public static string PrefecturePart(string code) => code.Length >= 2 ? code[..2] : code;

    /// <summary>Replaces full-width digits (０–９) by ASCII digits; other characters stay.</summary>
    internal static string ToAsciiDigits(string text)
    {
        if (!text.Any(c => c is >= '０' and <= '９')) return text;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) builder.Append(c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c);
        return builder.ToString();
    }
}
