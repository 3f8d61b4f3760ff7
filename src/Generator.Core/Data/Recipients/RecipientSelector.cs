using System.Collections.Immutable;
using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>
/// Parses <c>builtin:</c> selectors over the built-in directory: <c>all</c>, <c>prefectures</c>, <c>designated-cities</c>,
/// <c>prefecture=…</c>, <c>kind=…</c>, <c>code=…</c> (lists separated by ',' or '、'). Only bodies in service are selected,
/// with the names and codes of the directory's day (<see cref="LocalGovernmentDirectory.AsOf"/>).
/// </summary>
public static class RecipientSelector
{
    /// <summary>The prefix that marks a selector (as opposed to a file path).</summary>
    public const string Prefix = "builtin:";

    private const string ValidSelectors =
        "Valid selectors: builtin:all, builtin:prefectures, builtin:designated-cities, builtin:prefecture=<name or code>[,…], " +
        "builtin:kind=<prefecture|designated-city|city|special-ward|town|village>[,…], builtin:code=<code>[,…].";

    /// <summary>True when <paramref name="text"/> starts with <c>builtin:</c> (any case).</summary>
    public static bool IsSelector(string text) => text.TrimStart().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses a selector against <paramref name="directory"/> (default: the built-in one).</summary>
    /// <exception cref="GeneratorException">The selector is invalid; every problem is listed.</exception>
    public static RecipientSelection Parse(string selector, LocalGovernmentDirectory? directory = null)
    {
        var diagnostics = new List<Diagnostic>();
        return TryParse(selector, directory ?? LocalGovernmentDirectory.Default, diagnostics) ?? throw new GeneratorException(diagnostics);
    }

    /// <summary>Parses a selector; returns null and adds diagnostics when it is invalid.</summary>
    internal static RecipientSelection? TryParse(string selector, LocalGovernmentDirectory directory, List<Diagnostic> diagnostics)
    {
        var before = diagnostics.Count;
        var body = IsSelector(selector) ? selector.Trim()[Prefix.Length..].Trim() : selector.Trim();
        var equals = body.IndexOf('=');
        var name = (equals < 0 ? body : body[..equals]).Trim().ToLowerInvariant().Replace('_', '-');
        var values = equals < 0 ? [] : body[(equals + 1)..].Split([',', '、', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var inService = directory.All.Where(e => e.InService);
        IEnumerable<LocalGovernment>? selected = (name, equals < 0) switch
        {
            ("all", true) => inService,
            ("prefectures", true) => inService.Where(e => e.Kind == LocalGovernmentKind.Prefecture),
            ("designated-cities", true) => inService.Where(e => e.Kind == LocalGovernmentKind.DesignatedCity),
            ("prefecture", false) => ByPrefecture(selector, values, directory, diagnostics),
            ("kind", false) => ByKind(selector, values, directory, diagnostics),
            ("code", false) => ByCode(selector, values, directory, diagnostics),
            _ => null,
        };
        if (selected is null) Report(diagnostics, selector, $"Unknown selector '{selector.Trim()}'.", ValidSelectors);
        else if (equals >= 0 && values.Length == 0) Report(diagnostics, selector, $"Selector '{selector.Trim()}' has no value after '='.", ValidSelectors);
        if (selected is null || diagnostics.Count > before) return null;
        var chosen = selected.ToHashSet();
        return new RecipientSelection(selector, [.. directory.All.Where(chosen.Contains)], directory);
    }

    private static IEnumerable<LocalGovernment> ByPrefecture(string selector, string[] values, LocalGovernmentDirectory directory, List<Diagnostic> diagnostics)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (PrefectureResolver.TryResolve(value, directory, out var prefecture)) codes.Add(prefecture.PrefectureCode);
            else Report(diagnostics, selector, $"Unknown prefecture '{value}'.", "Write its name (北海道, 東京都 or 東京) or its code 01–47.");
        }
        return directory.All.Where(e => e.InService && e.Kind != LocalGovernmentKind.Prefecture && codes.Contains(e.PrefectureCode));
    }

    private static IEnumerable<LocalGovernment> ByKind(string selector, string[] values, LocalGovernmentDirectory directory, List<Diagnostic> diagnostics)
    {
        var kinds = new HashSet<LocalGovernmentKind>();
        foreach (var value in values)
        {
            if (LocalGovernmentKindNames.TryParseDirectoryKind(value, out var kind)) kinds.Add(kind.Value);
            else Report(diagnostics, selector, $"Unknown kind '{value}'.", "Kinds: prefecture, designated-city, city, special-ward, town, village.");
        }
        return directory.All.Where(e => e.InService && kinds.Contains(e.Kind));
    }

    private static IEnumerable<LocalGovernment> ByCode(string selector, string[] values, LocalGovernmentDirectory directory, List<Diagnostic> diagnostics)
    {
        var entries = new List<LocalGovernment>();
        foreach (var value in values)
        {
            if (!LocalGovernmentCode.TryNormalize(value, out var code, out var error))
                Report(diagnostics, selector, error, "Write 6-digit codes (or 5 digits without the check digit), separated by commas.");
            else if (!directory.TryGet(code, out var entry))
            {
                if (directory.TryExplainAbsent(code, out var message, out var hint)) Report(diagnostics, selector, message, hint);
                else Report(diagnostics, selector, $"Unknown code '{code}': it is not in the built-in directory.", "Check the code.");
            }
            else if (!entry.InService)
                Report(diagnostics, selector, $"Code {code} ({entry.Name}) is not in service: it has a code but no functioning office (北方領土).", "Leave it out.");
            else entries.Add(entry);
        }
        return entries;
    }

    private static void Report(List<Diagnostic> diagnostics, string selector, string message, string hint) =>
        diagnostics.Add(new Diagnostic(selector.Trim(), 0, 0, message, hint));
}
