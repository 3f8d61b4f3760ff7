using System.Collections;
using System.Text;

namespace Generator.Conventions;

/// <summary>Legal citations and notification numbers written as Japanese official documents write them.</summary>
public static class CitationFunctions
{
    /// <summary>Law number from its promulgation date. <c>("2017-05-12", 28)</c> → 「平成29年法律第28号」; kind may be 政令, 条例….</summary>
    public static string LawNumber(object? promulgated, object? number, string kind = "法律")
    {
        var date = IsoDate.From(promulgated);
        var n = NumeralFunctions.Integer(number);
        return $"{WarekiFunctions.WarekiYear(date, DigitStyle.Office)}{kind}第{NumeralFunctions.Number(n, DigitStyle.Office)}号";
    }

    /// <summary>Article reference. <c>(9, 1)</c> → 「第９条第１項」; <c>("252の19")</c> → 「第252条の19」; item adds 「第２号」.</summary>
    public static string Article(object? article, object? paragraph = null, object? item = null)
    {
        var sb = new StringBuilder();
        var text = NumeralFunctions.OfficeDigits(article);
        var branch = text.IndexOf('の');
        sb.Append('第').Append(branch < 0 ? text : text[..branch]).Append('条');
        if (branch >= 0) sb.Append(text[branch..]);
        if (paragraph is not null && NumeralFunctions.Text(paragraph).Length > 0)
            sb.Append('第').Append(NumeralFunctions.OfficeDigits(paragraph)).Append('項');
        if (item is not null && NumeralFunctions.Text(item).Length > 0)
            sb.Append('第').Append(NumeralFunctions.OfficeDigits(item)).Append('号');
        return sb.ToString();
    }

    /// <summary>Joins notification numbers of a joint circular. <c>["府医第36号", "30文科振第111号"]</c> → 「府医第36号・30文科振第111号」.</summary>
    public static string JoinNumbers(object? numbers, string separator = "・")
    {
        if (numbers is string single) return single;
        if (numbers is not IEnumerable list) throw new ArgumentException("expected a list of notification numbers");
        var parts = new List<string>();
        foreach (var n in list)
        {
            var text = NumeralFunctions.Text(n).Trim();
            if (text.Length > 0) parts.Add(text);
        }
        return string.Join(separator, parts);
    }
}
