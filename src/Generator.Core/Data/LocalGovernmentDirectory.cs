using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using CsvHelper;

namespace Generator.Data;

/// <summary>
/// The built-in directory of every local government with a 全国地方公共団体コード (47 prefectures, 1,747 municipalities),
/// shipped as the embedded resource <c>local-governments.csv</c>, in code order.
/// </summary>
public sealed class LocalGovernmentDirectory
{
    /// <summary>The name used for the built-in directory in diagnostics and recipient sources.</summary>
    public const string SourceName = "builtin:local-governments.csv";

    private const string ResourceName = "Generator.Data.local-governments.csv";
    private static readonly Lazy<LocalGovernmentDirectory> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly FrozenDictionary<string, int> _indexByCode;

    private LocalGovernmentDirectory(ImmutableArray<LocalGovernment> all)
    {
        All = all;
        _indexByCode = all.Select((g, i) => KeyValuePair.Create(g.Code, i)).ToFrozenDictionary(StringComparer.Ordinal);
        Prefectures = [.. all.Where(g => g.Kind == LocalGovernmentKind.Prefecture)];
    }

    /// <summary>The built-in directory, loaded once on first use (thread-safe).</summary>
    public static LocalGovernmentDirectory Default => Shared.Value;

    /// <summary>Every entry (1,794 for the shipped file), in code order, including the six not in service.</summary>
    public ImmutableArray<LocalGovernment> All { get; }

    /// <summary>The 47 prefecture entries, in code order.</summary>
    public ImmutableArray<LocalGovernment> Prefectures { get; }

    /// <summary>Finds an entry by its six-digit code (with check digit).</summary>
    public bool TryGet(string code, [NotNullWhen(true)] out LocalGovernment? entry)
    {
        entry = _indexByCode.TryGetValue(code, out var index) ? All[index] : null;
        return entry is not null;
    }

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
        return new LocalGovernmentDirectory(entries.ToImmutable());
    }

    private static LocalGovernmentDirectory LoadEmbedded()
    {
        using var stream = typeof(LocalGovernmentDirectory).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
        return Load(reader, SourceName);
    }
}
