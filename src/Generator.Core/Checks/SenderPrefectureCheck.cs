using Generator.Data;
using Generator.Diagnostics;
using Generator.Pipeline;

namespace Generator.Checks;

/// <summary>
/// Flags a prefecture's notice (notice.yaml <c>sender.body</c> is a prefecture, 「北海道」) merged for bodies of another
/// prefecture (「沖縄県知事」, 「那覇市長」): a prefecture writes to its own municipalities. One finding for the whole
/// run, at the sender's line: a warning in check and batch, an error with <c>batch --final</c>.
/// </summary>
public static class SenderPrefectureCheck
{
    private const int Shown = 3;

    /// <summary>The finding, or null when the sender is not a prefecture or every recipient is of its prefecture
    /// (a recipient without a prefecture, such as a code-less body, is not judged).</summary>
    /// <param name="notice">The notice; its <c>sender.body</c> is read.</param>
    /// <param name="recipients">Each recipient's label (「473014 沖縄県」) and fields (its <c>prefecture</c> is read).</param>
    public static Diagnostic? Find(IReadOnlyDictionary<string, object?> notice, IEnumerable<(string Label, IReadOnlyDictionary<string, object?> Fields)> recipients)
    {
        if (!notice.TryGetValue("sender", out var sender) || sender is not IReadOnlyDictionary<string, object?> fields
            || !fields.TryGetValue("body", out var body) || body is not string name) return null;
        name = name.Trim();
        if (!LocalGovernmentDirectory.Default.Prefectures.Any(p => p.Name == name)) return null;
        var others = recipients
            .Select(r => (r.Label, Prefecture: r.Fields.TryGetValue(RecipientFieldNames.Prefecture, out var p) ? p?.ToString()?.Trim() ?? "" : ""))
            .Where(r => r.Prefecture.Length > 0 && r.Prefecture != name).ToList();
        if (others.Count == 0) return null;
        var place = notice is NoticeData data ? data.Places.FirstOrDefault(p => p.Path == "sender.body") : null;
        var prefectures = others.Select(o => o.Prefecture).Distinct().Count();
        var shown = string.Join(", ", others.Take(Shown).Select(o => o.Label)) + (others.Count > Shown ? $" and {others.Count - Shown} more" : "");
        return new Diagnostic(notice is NoticeData d ? d.FileName : "notice.yaml", place?.Line ?? 0, place?.Column ?? 0,
            $"the sender is {name} (sender.body), a prefecture, but {others.Count} recipient{(others.Count == 1 ? " is" : "s are")} of {(prefectures == 1 ? "another prefecture" : $"{prefectures} other prefectures")}: {shown}.",
            $"A prefecture writes to its own municipalities: choose them (e.g. --recipients builtin:prefecture={name}), or change sender.body.");
    }
}
