using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;

namespace Generator.Data;

/// <summary>
/// Reads local-government-changes.csv, the dated changes of the built-in directory since 2018-01-01 (header
/// date,old_code,old_name,old_kana,old_kind,new_code,new_name,new_kana,new_kind,change,source), validating every row.
/// </summary>
internal static class LocalGovernmentChangeLog
{
    /// <summary>The name used for the change log in diagnostics and recipient sources.</summary>
    public const string SourceName = "builtin:local-government-changes.csv";

    /// <summary>Parses the change log; <paramref name="today"/> is the directory the last change of each body must end in.</summary>
    /// <exception cref="InvalidDataException">Some rows are invalid (all are listed).</exception>
    public static ImmutableArray<LocalGovernmentChange> Load(TextReader reader, string sourceName, LocalGovernmentDirectory today)
    {
        using var csv = CsvReader.FromText(reader.ReadToEnd(), new CsvReaderOptions { HasHeader = true, Separator = ',', DetectSeparatorHint = false });
        var changes = ImmutableArray.CreateBuilder<LocalGovernmentChange>();
        var errors = new List<string>();
        while (csv.Read())
        {
            var row = csv.RowNumber + 1; // RowNumber counts data rows; the header is row 1
            string Field(string name) => csv.GetString(name) ?? "";
            void Error(string message) => errors.Add($"{sourceName}({row}): {message}");
            if (!DateOnly.TryParseExact(Field("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                Error($"date must be YYYY-MM-DD, got '{Field("date")}'.");
            foreach (var column in new[] { "old_code", "new_code" })
                if (!LocalGovernmentCode.IsValid(Field(column))) Error($"bad {column} or check digit '{Field(column)}'.");
            var oldKind = Kind(Field("old_kind"), "old_kind", Error);
            var newKind = Kind(Field("new_kind"), "new_kind", Error);
            foreach (var column in new[] { "old_name", "old_kana", "new_name", "change", "source" })
                if (Field(column).Length == 0) Error($"{column} is empty.");
            changes.Add(new LocalGovernmentChange(date, Field("old_code"), Field("old_name"), Field("old_kana"), oldKind,
                Field("new_code"), Field("new_name"), newKind, Field("change"), Field("source"), (int)row));
        }
        CheckAgainstToday(changes, today, sourceName, errors);
        if (errors.Count > 0) throw new InvalidDataException(string.Join(Environment.NewLine, errors));
        return [.. changes.OrderBy(c => c.Date).ThenBy(c => c.Row)];
    }

    private static LocalGovernmentKind Kind(string text, string column, Action<string> error)
    {
        if (LocalGovernmentKindNames.TryParseDirectoryKind(text, out var kind)) return kind.Value;
        error($"unknown {column} '{text}'.");
        return default;
    }

    /// <summary>The latest change of each new code must name the body as today's directory has it; an old code that
    /// changed is gone today unless a later change brought it back.</summary>
    private static void CheckAgainstToday(IEnumerable<LocalGovernmentChange> changes, LocalGovernmentDirectory today, string sourceName, List<string> errors)
    {
        var ordered = changes.OrderBy(c => c.Date).ThenBy(c => c.Row).ToList();
        foreach (var change in ordered)
        {
            var later = ordered.Where(c => c.Date > change.Date);
            if (later.Any(c => c.OldCode == change.NewCode)) continue; // changed again afterwards
            if (!today.TryGet(change.NewCode, out var entry))
                errors.Add($"{sourceName}({change.Row}): new_code {change.NewCode} is not in today's directory.");
            else if (entry.Name != change.NewName || entry.Kind != change.NewKind)
                errors.Add($"{sourceName}({change.Row}): new_code {change.NewCode} is {entry.Name} ({entry.Kind.ToFieldValue()}) in today's directory, not {change.NewName} ({change.NewKind.ToFieldValue()}).");
            if (change.OldCode != change.NewCode && today.TryGet(change.OldCode, out _) && !later.Any(c => c.NewCode == change.OldCode))
                errors.Add($"{sourceName}({change.Row}): old_code {change.OldCode} is still in today's directory.");
        }
    }
}
