using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using CsvHelper;

namespace Generator.Data;

/// <summary>
/// The built-in directory of every local government with a 全国地方公共団体コード (47 prefectures, 1,747 municipalities),
/// shipped as the embedded resource <c>local-governments.csv</c>, in code order, with today's names. The dated changes
/// since 2018-01-01 (local-government-changes.csv) give the directory as it was on an earlier day: <see cref="AsOf"/>.
/// </summary>
public sealed class LocalGovernmentDirectory
{
    /// <summary>The name used for the built-in directory in diagnostics and recipient sources.</summary>
    public const string SourceName = "builtin:local-governments.csv";

    private const string ResourceName = "Generator.Data.local-governments.csv";
    private const string ChangesResourceName = "Generator.Data.local-government-changes.csv";
    private static readonly Lazy<LocalGovernmentDirectory> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly FrozenDictionary<string, int> _indexByCode;
    private readonly LocalGovernmentDirectory _today;
    private readonly FrozenDictionary<string, RecipientSource> _historicSources; // entries taken from the change log
    private readonly FrozenDictionary<string, LocalGovernmentChange> _notYet;     // codes created after AsOfDate
    private readonly FrozenDictionary<string, LocalGovernmentChange> _retired;    // codes out of use on AsOfDate

    private LocalGovernmentDirectory(ImmutableArray<LocalGovernment> all, ImmutableArray<LocalGovernmentChange> changes, DateOnly? asOf,
        LocalGovernmentDirectory? today, IReadOnlyDictionary<string, RecipientSource>? historicSources, IReadOnlyDictionary<string, LocalGovernmentChange>? notYet)
    {
        All = all;
        Changes = changes;
        AsOfDate = asOf;
        _today = today ?? this;
        _indexByCode = all.Select((g, i) => KeyValuePair.Create(g.Code, i)).ToFrozenDictionary(StringComparer.Ordinal);
        Prefectures = [.. all.Where(g => g.Kind == LocalGovernmentKind.Prefecture)];
        _historicSources = (historicSources ?? new Dictionary<string, RecipientSource>()).ToFrozenDictionary(StringComparer.Ordinal);
        _notYet = (notYet ?? new Dictionary<string, LocalGovernmentChange>()).ToFrozenDictionary(StringComparer.Ordinal);
        var day = asOf ?? DateOnly.MaxValue;
        _retired = changes.Where(c => c.Date <= day && c.OldCode != c.NewCode && !_indexByCode.ContainsKey(c.OldCode))
            .GroupBy(c => c.OldCode).ToFrozenDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
    }

    /// <summary>The built-in directory with today's names, loaded once on first use (thread-safe).</summary>
    public static LocalGovernmentDirectory Default => Shared.Value;

    /// <summary>Every entry (1,794 for the shipped file), in code order, including the six not in service.</summary>
    public ImmutableArray<LocalGovernment> All { get; }

    /// <summary>The 47 prefecture entries, in code order.</summary>
    public ImmutableArray<LocalGovernment> Prefectures { get; }

    /// <summary>The dated changes this directory knows (since 2018-01-01), oldest first; empty for a directory loaded without them.</summary>
    public ImmutableArray<LocalGovernmentChange> Changes { get; }

    /// <summary>The day this directory describes; null for today's directory.</summary>
    public DateOnly? AsOfDate { get; }

    /// <summary>
    /// The directory as it was on <paramref name="date"/>: every change after that day undone (那珂川市 402311 is
    /// 那珂川町 403059 before 2018-10-01). Entries are today's where nothing changed since the day.
    /// </summary>
    public LocalGovernmentDirectory AsOf(DateOnly date)
    {
        var today = _today;
        var pending = today.Changes.Where(c => c.Date > date).OrderByDescending(c => c.Date).ThenByDescending(c => c.Row).ToList();
        var entries = today.All.ToDictionary(e => e.Code, StringComparer.Ordinal);
        var sources = new Dictionary<string, RecipientSource>(StringComparer.Ordinal);
        var notYet = new Dictionary<string, LocalGovernmentChange>(StringComparer.Ordinal);
        foreach (var change in pending)
        {
            if (entries.Remove(change.NewCode) && change.NewCode != change.OldCode) notYet[change.NewCode] = change;
            var prefecture = today.Prefectures.First(p => p.PrefectureCode == LocalGovernmentCode.PrefecturePart(change.OldCode));
            entries[change.OldCode] = new LocalGovernment(change.OldCode, prefecture.PrefectureCode, prefecture.Name, change.OldName,
                change.OldKana, change.OldKind, change.OldKind.DefaultHeadTitle(), InService: true);
            sources[change.OldCode] = new RecipientSource(LocalGovernmentChangeLog.SourceName, change.Row);
            notYet.Remove(change.OldCode);
        }
        var all = entries.Values.OrderBy(e => e.Code, StringComparer.Ordinal).ToImmutableArray();
        return new LocalGovernmentDirectory(all, today.Changes, date, today, sources, notYet);
    }

    /// <summary>Finds an entry by its six-digit code (with check digit).</summary>
    public bool TryGet(string code, [NotNullWhen(true)] out LocalGovernment? entry)
    {
        entry = _indexByCode.TryGetValue(code, out var index) ? All[index] : null;
        return entry is not null;
    }

    /// <summary>
    /// Explains why a code the directory does not have is known all the same: it was created after <see cref="AsOfDate"/>
    /// (那珂川市 402311 on 2018-07-10) or went out of use on or before it (那珂川町 403059 today). English message and hint.
    /// </summary>
    public bool TryExplainAbsent(string code, [NotNullWhen(true)] out string? message, [NotNullWhen(true)] out string? hint)
    {
        var day = AsOfDate is { } date ? $" on {date:yyyy-MM-dd}" : "";
        if (_notYet.TryGetValue(code, out var created))
        {
            message = $"Code {code} ({created.NewName}) did not exist{day}: {created.Describe()}.";
            hint = $"On that date the body was {created.OldName} ({created.OldCode}): use that code, or check the notice's date (or --as-of).";
            return true;
        }
        if (_retired.TryGetValue(code, out var retired))
        {
            message = $"Code {code} ({retired.OldName}) {(AsOfDate is null ? "is" : "was")} no longer in use{day}: {retired.Describe()}.";
            hint = $"Use {retired.NewCode} ({retired.NewName}), or check the notice's date (or --as-of).";
            return true;
        }
        (message, hint) = (null, null);
        return false;
    }

    /// <summary>Where an entry comes from: its row in local-governments.csv, or in the change log for a former name.</summary>
    internal RecipientSource SourceOf(string code) =>
        _historicSources.TryGetValue(code, out var source) ? source : new RecipientSource(SourceName, _today.RowOf(code));

    /// <summary>1-based row of an entry in local-governments.csv (the header is row 1); 0 when the code is unknown.</summary>
    internal int RowOf(string code) => _indexByCode.TryGetValue(code, out var index) ? index + 2 : 0;

    /// <summary>Parses a directory CSV (header code,prefecture_code,prefecture,name,kana,kind,head_title,in_service), validating every row.</summary>
    /// <exception cref="InvalidDataException">Some rows are invalid (all are listed).</exception>
    internal static LocalGovernmentDirectory Load(TextReader reader, string sourceName)
    {
        using var csv = CsvReader.FromText(reader.ReadToEnd(), new CsvReaderOptions { HasHeader = true, Separator = ',', DetectSeparatorHint = false });
        var entries = ImmutableArray.CreateBuilder<LocalGovernment>();
        var errors = new List<string>();
        while (csv.Read())
        {
            var row = csv.RowNumber + 1; // RowNumber counts data rows; the header is row 1
            string Field(string name) => csv.GetString(name) ?? "";
            var code = Field("code");
            if (!LocalGovernmentCode.IsValid(code)) errors.Add($"{sourceName}({row}): bad code or check digit '{code}'.");
            if (!LocalGovernmentKindNames.TryParseDirectoryKind(Field("kind"), out var kind))
                errors.Add($"{sourceName}({row}): unknown kind '{Field("kind")}'.");
            if (!bool.TryParse(Field("in_service"), out var inService))
                errors.Add($"{sourceName}({row}): in_service must be true or false.");
            var prefectureCode = Field("prefecture_code");
            if (code.Length == 6 && LocalGovernmentCode.PrefecturePart(code) != prefectureCode)
                errors.Add($"{sourceName}({row}): prefecture_code '{prefectureCode}' does not match code '{code}'.");
            entries.Add(new LocalGovernment(code, prefectureCode, Field("prefecture"), Field("name"), Field("kana"),
                kind ?? default, Field("head_title"), inService));
        }
        if (entries.Select(e => e.Code).Distinct().Count() != entries.Count) errors.Add($"{sourceName}: duplicate codes.");
        if (errors.Count > 0) throw new InvalidDataException(string.Join(Environment.NewLine, errors));
        return new LocalGovernmentDirectory(entries.ToImmutable(), [], null, null, null, null);
    }

    /// <summary>Today's directory together with its dated changes (validated against it).</summary>
    /// <exception cref="InvalidDataException">Some rows of the change log are invalid (all are listed).</exception>
    internal LocalGovernmentDirectory WithChanges(TextReader changes, string sourceName)
    {
        var log = LocalGovernmentChangeLog.Load(changes, sourceName, this);
        return new LocalGovernmentDirectory(All, log, null, null, null, null);
    }

    private static LocalGovernmentDirectory LoadEmbedded()
    {
        using var directory = OpenResource(ResourceName);
        using var changes = OpenResource(ChangesResourceName);
        return Load(directory, SourceName).WithChanges(changes, LocalGovernmentChangeLog.SourceName);
    }

    private static StreamReader OpenResource(string name)
    {
        var stream = typeof(LocalGovernmentDirectory).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        return new StreamReader(stream, new UTF8Encoding(false, true));
    }
}
