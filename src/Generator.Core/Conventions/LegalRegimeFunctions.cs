namespace Generator.Conventions;

/// <summary>Which law governs a document by its date, and how a body (団体) is named by its kind: the facts the legal-reasoning partials choose by.</summary>
/// <remarks>Cut-over dates and their sources: docs/legal-basis.md. Kinds are those of the recipient data contract.</remarks>
public static class LegalRegimeFunctions
{
    /// <summary>令和3年法律第37号 (its 第51条) brings local bodies under the 個人情報の保護に関する法律 itself from this day.</summary>
    internal static readonly DateOnly AppiForLocalBodies = new(2023, 4, 1);

    /// <summary>令和5年法律第35号 (次世代医療基盤法 amended, renamed, renumbered) is in force from this day.</summary>
    internal static readonly DateOnly MedicalActAmended = new(2024, 4, 1);

    private static readonly Dictionary<string, string> HeadTitles = new(StringComparer.Ordinal)
    {
        ["prefecture"] = "知事",
        ["designated_city"] = "市長",
        ["city"] = "市長",
        ["special_ward"] = "区長",
        ["town"] = "町長",
        ["village"] = "村長",
        ["agency"] = "理事長",
    };

    /// <summary>Privacy law of local bodies on a date: 「ordinance」 (their own 個人情報保護条例) before 2023-04-01, 「appi」 from then. <c>"2023-03-31"</c> → 「ordinance」; <c>"2023-04-01"</c> → 「appi」.</summary>
    public static string PrivacyRegime(object? date) => IsoDate.From(date) < AppiForLocalBodies ? "ordinance" : "appi";

    /// <summary>Version of the 次世代医療基盤法 in force on a date: 「original」 before 2024-04-01, 「amended」 (令和5年法律第35号) from then. <c>"2024-03-31"</c> → 「original」; <c>"2024-04-01"</c> → 「amended」.</summary>
    public static string MedicalActVersion(object? date) => IsoDate.From(date) < MedicalActAmended ? "original" : "amended";

    /// <summary>Title of a body's head by its kind. <c>"designated_city"</c> → 「市長」; <c>"special_ward"</c> → 「区長」; <c>"agency"</c> → 「理事長」.</summary>
    public static string HeadTitle(object? kind) => HeadTitles[Kind(kind)];

    /// <summary>How a body names itself in its own papers. <c>("city", "函館市")</c> → 「本市」; <c>("prefecture", "北海道")</c> → 「本道」; <c>("agency", "地方独立行政法人○○")</c> → 「当法人」.</summary>
    public static string SelfReference(object? kind, object? name) =>
        Kind(kind) == "agency" ? "当法人" : "本" + BodyWord(kind, name);

    /// <summary>How a letter names the addressee's body. <c>("town", "森町")</c> → 「貴町」; <c>("prefecture", "大阪府")</c> → 「貴府」; <c>("agency", "地方独立行政法人○○")</c> → 「貴法人」.</summary>
    public static string AddresseeReference(object? kind, object? name) => "貴" + BodyWord(kind, name);

    /// <summary>The one word for the body: 市・区・町・村, 都・道・府・県 from a prefecture's name, 法人 for an agency.</summary>
    private static string BodyWord(object? kind, object? name) => Kind(kind) switch
    {
        "prefecture" => PrefectureWord(name),
        "designated_city" or "city" => "市",
        "special_ward" => "区",
        "town" => "町",
        "village" => "村",
        _ => "法人",
    };

    private static string PrefectureWord(object? name)
    {
        var text = name as string ?? "";
        if (text.Length == 0) throw new ArgumentException("a prefecture needs its name (北海道, 東京都, 大阪府, ○○県) to be called 本道・本都・本府・本県");
        return text[^1] switch
        {
            '道' or '都' or '府' => text[^1].ToString(),
            _ => "県",
        };
    }

    private static string Kind(object? kind)
    {
        var text = (kind as string)?.Trim() ?? "";
        if (HeadTitles.ContainsKey(text)) return text;
        var known = string.Join(", ", HeadTitles.Keys);
        throw new ArgumentException(text.Length == 0
            ? $"the body's kind is empty or there is no recipient; these are merge templates, rendered for a recipient whose kind is one of: {known}"
            : $"unknown kind of body '{text}'; expected one of: {known}");
    }
}
