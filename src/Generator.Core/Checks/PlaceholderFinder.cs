using System.Collections;
using System.Text.RegularExpressions;
using Generator.Diagnostics;
using Generator.Model;
using Generator.Pipeline;
using Generator.Templating;

namespace Generator.Checks;

/// <summary>
/// Finds what must not go out unfinished (未確定のまま発出しない) in a generated document: 「○」 placeholders
/// (保福第○号, 第○条), each traced to the notice.yaml value that printed it, and the values fields.yaml marks
/// <c>uncertain</c> that notice.yaml has not listed under <c>confirmed:</c>. Each finding is a <see cref="Diagnostic"/>
/// at the notice.yaml line of its value: a warning in check and batch, an error with <c>batch --final</c>.
/// </summary>
public static partial class PlaceholderFinder
{
    /// <summary>The placeholder mark of Japanese drafts, 「○」 (U+25CB).</summary>
    public const char Mark = '\u25CB';

    /// <summary>The notice.yaml key listing the uncertain fields the office has confirmed: <c>confirmed: [circular.date]</c>.</summary>
    public const string ConfirmedKey = "confirmed";

    /// <summary>Every placeholder in <paramref name="document"/>, made from <paramref name="notice"/> with the template's
    /// <paramref name="fields"/> (null: no fields.yaml), uncertain values unless <paramref name="withUncertain"/> is false, in notice order; the same finding for every recipient, so
    /// callers may de-duplicate across documents.</summary>
    public static IReadOnlyList<Diagnostic> Find(Document document, IReadOnlyDictionary<string, object?> notice, TemplateFieldSet? fields, bool withUncertain = true)
    {
        var file = notice is NoticeData data ? data.FileName : "notice.yaml";
        var places = notice is NoticeData known ? known.Places : [];
        var found = new List<Diagnostic>();
        var lines = document.Blocks.SelectMany(BlockText.Of).Where(HasPlaceholder).ToList();
        var traced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            // the notice values that printed the marks: text values with 「○」 found in the line, not part of a longer one
            var matched = new List<NoticeField>();
            foreach (var p in places)
                if (p.Value is string s && s.Contains(Mark) && line.Contains(s, StringComparison.Ordinal)) matched.Add(p);
            var sources = matched.Where(p => !InLonger((string)p.Value!, matched)).ToList();
            foreach (var source in sources.Where(s => traced.Add(s.Path)))
                found.Add(new Diagnostic(file, source.Line, source.Column,
                    $"placeholder 「{source.Value}」 in {Name(source.Path, fields)} is printed in the document: 「{Around(line, (string)source.Value!)}」.",
                    "Write the real value in notice.yaml before sending."));
            if (sources.Count == 0 && traced.Add("\u0000" + line))
                found.Add(new Diagnostic(file, 0, 0,
                    $"placeholder 「○」 printed in the document: 「{Shorten(line)}」 (not from a notice.yaml value: the recipient's data or the template's default).",
                    "Give the missing value (e.g. the recipient's column, such as founder) or correct the template before sending."));
        }
        if (fields is null || !withUncertain) return found;
        var confirmed = Confirmed(notice);
        foreach (var (field, value) in fields.UncertainValues(notice))
        {
            if (confirmed.Contains(field.Key)) continue;
            var place = places.FirstOrDefault(p => p.Path == field.Key);
            var shown = value is IEnumerable items and not string ? string.Join("・", items.Cast<object?>()) : value.ToString();
            found.Add(new Diagnostic(file, place?.Line ?? 0, place?.Column ?? 0,
                $"{field.Label} ({field.Key}) is marked uncertain in fields.yaml: 「{shown}」 is not confirmed.",
                $"Confirm it against the original, then list it in notice.yaml under '{ConfirmedKey}:' (e.g. {ConfirmedKey}: [{field.Key}])."));
        }
        return found;
    }

    /// <summary>Whether another of <paramref name="matched"/> is longer and holds <paramref name="value"/>.</summary>
    private static bool InLonger(string value, List<NoticeField> matched)
    {
        foreach (var other in matched)
            if (other.Value is string longer && longer.Length > value.Length && longer.Contains(value, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Whether <paramref name="line"/> has a 「○」 that stands for something to fill in. A 「○」 that opens the line
    /// before other text is a bullet (項目記号, 「○別添　参考資料」 in the 2018 circular), unless a document number starts
    /// with it (「○文科振第111号」: the year is missing) or it is doubled (「○○課」) or precedes digits (「○12日」).</summary>
    public static bool HasPlaceholder(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var marks = line.AsSpan().Count(Mark);
        if (marks != 1) return marks > 1;
        var text = line.TrimStart(' ', '\u3000');
        if (text.Length == 0 || text[0] != Mark) return true;
        var after = text[1..].TrimStart(' ', '\u3000');
        var bullet = after.Length > 0 && !char.IsDigit(after[0]) && !Layout.DocumentNumbers.Find(text).Any(n => n.Start == 0);
        return !bullet;
    }

    /// <summary>The uncertain field keys the notice lists as confirmed.</summary>
    private static HashSet<string> Confirmed(IReadOnlyDictionary<string, object?> notice) =>
        notice.TryGetValue(ConfirmedKey, out var value) && value is IEnumerable items and not string
            ? [.. items.Cast<object?>().Select(i => i?.ToString()?.Trim() ?? "")]
            : value is string one ? [one.Trim()] : [];

    /// <summary>「circular.numbers[1] (国の通知の文書番号)」: the value's path with the field's label when fields.yaml declares it.</summary>
    private static string Name(string path, TemplateFieldSet? fields)
    {
        var key = ListIndex().Replace(path, "");
        return fields?.Find(key) is { } field ? $"{path} ({field.Label})" : path;
    }

    /// <summary>The value with up to 10 characters either side in the printed line: 「…付け府医第○号・○文科振…」.</summary>
    private static string Around(string line, string value)
    {
        var at = line.IndexOf(value, StringComparison.Ordinal);
        var start = Math.Max(0, at - 10);
        var end = Math.Min(line.Length, at + value.Length + 10);
        return (start > 0 ? "…" : "") + line[start..end] + (end < line.Length ? "…" : "");
    }

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..60] + "…";

    [GeneratedRegex(@"\[[0-9]+\]")]
    private static partial Regex ListIndex();
}
