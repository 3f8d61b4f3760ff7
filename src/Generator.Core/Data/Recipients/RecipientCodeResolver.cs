namespace Generator.Data;

/// <summary>
/// Turns a code value from a recipient file into a six-digit code. Besides <see cref="LocalGovernmentCode.TryNormalize"/>
/// it repairs codes whose leading zero was lost (Excel stores 011002 as the number 11002): a five-digit value is read either
/// as a code without check digit or as a six-digit code missing its zero; the reading found in the directory wins, and for
/// numeric cells the zero-padded reading comes first. A numeric four-digit value is a five-digit code missing its zero.
/// </summary>
internal static class RecipientCodeResolver
{
    /// <summary>Resolves a cell's code; on failure returns false with an English error.</summary>
    public static bool TryResolve(RawRecipientCell cell, LocalGovernmentDirectory directory, out string code, out string error)
    {
        var digits = LocalGovernmentCode.ToAsciiDigits(cell.Value.Trim());
        var candidates = Candidates(digits, cell.IsNumber);
        foreach (var candidate in candidates)
        {
            if (directory.TryGet(candidate, out _))
            {
                (code, error) = (candidate, "");
                return true;
            }
        }
        if (cell.IsNumber && digits.Length == 5 && digits.All(char.IsAsciiDigit))
            digits = "0" + digits; // a number of five digits is most likely a six-digit code whose zero Excel dropped
        else if (candidates.Count > 0)
        {
            (code, error) = (candidates[0], "");
            return true;
        }
        var ok = LocalGovernmentCode.TryNormalize(digits, out var normalized, out var message);
        (code, error) = (normalized ?? "", message ?? "");
        return ok;
    }

    private static List<string> Candidates(string digits, bool isNumber)
    {
        var result = new List<string>();
        if (!digits.All(char.IsAsciiDigit)) return result;
        switch (digits.Length)
        {
            case 6 when LocalGovernmentCode.IsValid(digits):
                result.Add(digits);
                break;
            case 5:
                var withCheck = digits + LocalGovernmentCode.ComputeCheckDigit(digits);
                var padded = "0" + digits;
                if (isNumber && LocalGovernmentCode.IsValid(padded)) result.Add(padded);
                result.Add(withCheck);
                if (!isNumber && LocalGovernmentCode.IsValid(padded)) result.Add(padded);
                break;
            case 4 when isNumber:
                result.Add("0" + digits + LocalGovernmentCode.ComputeCheckDigit("0" + digits));
                break;
        }
        return result;
    }
}
