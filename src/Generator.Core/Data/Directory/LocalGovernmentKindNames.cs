using System.Diagnostics.CodeAnalysis;

namespace Generator.Data;

/// <summary>Names of <see cref="LocalGovernmentKind"/> values: the snake_case field value, accepted spellings, default head titles.</summary>
public static class LocalGovernmentKindNames
{
    private static readonly Dictionary<string, LocalGovernmentKind> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["prefecture"] = LocalGovernmentKind.Prefecture,
        ["都道府県"] = LocalGovernmentKind.Prefecture,
        ["designated_city"] = LocalGovernmentKind.DesignatedCity,
        ["指定都市"] = LocalGovernmentKind.DesignatedCity,
        ["政令指定都市"] = LocalGovernmentKind.DesignatedCity,
        ["政令市"] = LocalGovernmentKind.DesignatedCity,
        ["city"] = LocalGovernmentKind.City,
        ["市"] = LocalGovernmentKind.City,
        ["special_ward"] = LocalGovernmentKind.SpecialWard,
        ["特別区"] = LocalGovernmentKind.SpecialWard,
        ["town"] = LocalGovernmentKind.Town,
        ["町"] = LocalGovernmentKind.Town,
        ["village"] = LocalGovernmentKind.Village,
        ["村"] = LocalGovernmentKind.Village,
        ["agency"] = LocalGovernmentKind.LocalIncorporatedAdministrativeAgency,
        ["local_incorporated_administrative_agency"] = LocalGovernmentKind.LocalIncorporatedAdministrativeAgency,
        ["地方独立行政法人"] = LocalGovernmentKind.LocalIncorporatedAdministrativeAgency,
    };

    /// <summary>The snake_case value used in recipient fields, e.g. <c>designated_city</c>.</summary>
    public static string ToFieldValue(this LocalGovernmentKind kind) => kind switch
    {
        LocalGovernmentKind.Prefecture => "prefecture",
        LocalGovernmentKind.DesignatedCity => "designated_city",
        LocalGovernmentKind.City => "city",
        LocalGovernmentKind.SpecialWard => "special_ward",
        LocalGovernmentKind.Town => "town",
        LocalGovernmentKind.Village => "village",
        LocalGovernmentKind.LocalIncorporatedAdministrativeAgency => "agency",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Default title of the head of a body of this kind (知事, 市長, 区長, 町長, 村長, 理事長).</summary>
    public static string DefaultHeadTitle(this LocalGovernmentKind kind) => kind switch
    {
        LocalGovernmentKind.Prefecture => "知事",
        LocalGovernmentKind.DesignatedCity or LocalGovernmentKind.City => "市長",
        LocalGovernmentKind.SpecialWard => "区長",
        LocalGovernmentKind.Town => "町長",
        LocalGovernmentKind.Village => "村長",
        LocalGovernmentKind.LocalIncorporatedAdministrativeAgency => "理事長",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Parses a kind: snake_case or kebab-case English (<c>designated-city</c>) or Japanese (指定都市, 町, 地方独立行政法人).</summary>
    public static bool TryParse(string? text, out LocalGovernmentKind kind)
    {
        kind = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        return Aliases.TryGetValue(text.Trim().Replace('-', '_').Replace(' ', '_'), out kind);
    }

    /// <summary>Like <see cref="TryParse"/> but limited to the six directory kinds (no <c>agency</c>).</summary>
    public static bool TryParseDirectoryKind(string? text, [NotNullWhen(true)] out LocalGovernmentKind? kind)
    {
        kind = null;
        if (!TryParse(text, out var parsed) || parsed == LocalGovernmentKind.LocalIncorporatedAdministrativeAgency) return false;
        kind = parsed;
        return true;
    }
}
