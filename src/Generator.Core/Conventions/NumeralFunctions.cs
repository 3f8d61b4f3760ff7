using System.Globalization;
using System.Text;

namespace Generator.Conventions;

/// <summary>Numerals as 公用文 writes them: full/half-width digits, kanji numerals, digit grouping.</summary>
public static class NumeralFunctions
{
    /// <summary>Office digit rule on every run of digits: one digit full-width, two or more half-width. <c>"第9条 30日"</c> → 「第９条 30日」.</summary>
    public static string OfficeDigits(object? value) => RewriteDigitRuns(Text(value), DigitStyle.Office);

    /// <summary>Full-width ASCII letters and digits. <c>"ICT 2018"</c> → 「ＩＣＴ ２０１８」.</summary>
    public static string FullWidth(object? value)
    {
        var sb = new StringBuilder();
        foreach (var c in Text(value)) sb.Append(c is >= '!' and <= '~' ? (char)(c - '!' + '！') : c);
        return sb.ToString();
    }

    /// <summary>Half-width ASCII letters, digits and symbols. <c>"ＷＧ－Ｂ　２０"</c> → <c>"WG-B　20"</c> (U+3000 kept).</summary>
    public static string HalfWidth(object? value)
    {
        var sb = new StringBuilder();
        foreach (var c in Text(value)) sb.Append(c is >= '！' and <= '～' ? (char)(c - '！' + '!') : c);
        return sb.ToString();
    }

    /// <summary>Kanji numeral for a whole number, positional with 十百千 and 万億兆. <c>1234</c> → 「千二百三十四」, <c>0</c> → 「〇」.</summary>
    public static string Kansuji(object? value)
    {
        var n = Integer(value);
        if (n == 0) return "〇";
        var sb = new StringBuilder();
        if (n < 0) throw new ArgumentException($"kanji numerals are for whole numbers of 0 or more, not {n}");
        string[] units = ["", "万", "億", "兆", "京"];
        var groups = new List<string>();
        var unit = 0;
        while (n > 0)
        {
            var group = (int)(n % 10000);
            if (group > 0) groups.Insert(0, KansujiBelow10000(group, unit > 0) + units[unit]);
            n /= 10000;
            unit++;
        }
        return sb.Append(string.Concat(groups)).ToString();
    }

    /// <summary>Digits grouped by three with commas. <c>1234567</c> → <c>"1,234,567"</c>.</summary>
    public static string GroupDigits(object? value) => Integer(value).ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>Writes a whole number in <paramref name="style"/>. <c>(5, Office)</c> → 「５」, <c>(31, Office)</c> → <c>"31"</c>.</summary>
    internal static string Number(long n, DigitStyle style) => style switch
    {
        DigitStyle.Kanji => KanjiDate(n),
        _ => RewriteDigitRuns(n.ToString(CultureInfo.InvariantCulture), style),
    };

    /// <summary>Applies a digit style to every run of ASCII or full-width digits in <paramref name="text"/>.</summary>
    internal static string RewriteDigitRuns(string text, DigitStyle style)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsDigit(text[i]))
            {
                sb.Append(text[i++]);
                continue;
            }
            var start = i;
            while (i < text.Length && IsDigit(text[i])) i++;
            var run = text[start..i];
            var full = style switch
            {
                DigitStyle.Full => true,
                DigitStyle.Half => false,
                DigitStyle.Kanji => false,
                _ => run.Length == 1,
            };
            if (style == DigitStyle.Kanji)
            {
                sb.Append(KanjiDate(long.Parse(HalfWidth(run), CultureInfo.InvariantCulture)));
                continue;
            }
            foreach (var c in run) sb.Append(full ? ToFull(c) : ToHalf(c));
        }
        return sb.ToString();
    }

    private static string KanjiDate(long n) => Kansuji(n);

    /// <summary>Kanji for 1–9999; before 万・億 a leading 千 is written 一千 (「二億一千万」).</summary>
    private static string KansujiBelow10000(int n, bool beforeLargeUnit)
    {
        const string digits = "〇一二三四五六七八九";
        var sb = new StringBuilder();
        (int Value, char Unit)[] places = [(1000, '千'), (100, '百'), (10, '十')];
        foreach (var (value, unit) in places)
        {
            var d = n / value;
            n %= value;
            if (d == 0) continue;
            if (d > 1 || (d == 1 && value == 1000 && beforeLargeUnit)) sb.Append(digits[d]);
            sb.Append(unit);
        }
        if (n > 0) sb.Append(digits[n]);
        return sb.ToString();
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';
    private static char ToFull(char c) => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c;
    private static char ToHalf(char c) => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c;

    /// <summary>The text of a value: strings as they are, numbers invariantly.</summary>
    internal static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A whole number from a number or a string of (half- or full-width) digits.</summary>
    internal static long Integer(object? value)
    {
        switch (value)
        {
            case int i: return i;
            case long l: return l;
            case decimal m when m == decimal.Truncate(m): return (long)m;
            case double d when d == Math.Floor(d): return (long)d;
            case string s when long.TryParse(HalfWidth(s.Trim()).Replace(",", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n): return n;
            default: throw new ArgumentException($"expected a whole number, not '{value}'");
        }
    }
}
