using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Generator.Data;

/// <summary>
/// Finds a prefecture from what a user types: its name (北海道, 東京都), the name without 都/府/県 (東京, 大阪, 京都, 神奈川),
/// its JIS code with or without the zero (01, 1, ０１) or its six-digit code (010006).
/// </summary>
internal static class PrefectureResolver
{
    /// <summary>The prefecture entry named by <paramref name="text"/>, or false.</summary>
    public static bool TryResolve(string text, LocalGovernmentDirectory directory, [NotNullWhen(true)] out LocalGovernment? prefecture)
    {
        var key = text.Trim().Normalize(NormalizationForm.FormKC);
        prefecture = null;
        if (key.Length == 0) return false;
        if (key.All(char.IsAsciiDigit))
        {
            if (key.Length == 6) return directory.TryGet(key, out prefecture) && prefecture.Kind == LocalGovernmentKind.Prefecture;
            if (key.Length > 2 || !int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return false;
            var code = number.ToString("D2", CultureInfo.InvariantCulture);
            prefecture = directory.Prefectures.FirstOrDefault(p => p.PrefectureCode == code);
            return prefecture is not null;
        }
        prefecture = directory.Prefectures.FirstOrDefault(p => p.Name == key)
            ?? directory.Prefectures.FirstOrDefault(p => ShortName(p.Name) == key);
        return prefecture is not null;
    }

    /// <summary>The name without its final 都, 府 or 県 (北海道 keeps its 道: 北海 is not a name in use).</summary>
    private static string ShortName(string name) =>
        name.Length > 2 && name[^1] is '都' or '府' or '県' ? name[..^1] : name;
}
