namespace Generator.Core.Tests.Templates;

/// <summary>One representative recipient per kind of body, with every key of the recipient data contract.</summary>
internal static class SampleRecipients
{
    public static IReadOnlyDictionary<string, object?> Of(string code, string prefectureCode, string prefecture, string name, string kind,
        string headTitle = "", string councilName = "", string ordinanceName = "", string headName = "", string addressee = "",
        params (string Key, string Value)[] extra)
    {
        var recipient = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = code, ["prefecture_code"] = prefectureCode, ["prefecture"] = prefecture, ["name"] = name, ["kana"] = "",
            ["kind"] = kind, ["head_title"] = headTitle, ["in_service"] = "true", ["department"] = "", ["addressee"] = addressee,
            ["head_name"] = headName, ["council_name"] = councilName, ["ordinance_name"] = ordinanceName,
            ["postal_code"] = "", ["address"] = "", ["email"] = "",
        };
        foreach (var (key, value) in extra) recipient[key] = value;
        return recipient;
    }

    public static IReadOnlyDictionary<string, object?> Hokkaido { get; } = Of("010006", "01", "北海道", "北海道", "prefecture", "知事");
    public static IReadOnlyDictionary<string, object?> Sapporo { get; } = Of("011002", "01", "北海道", "札幌市", "designated_city", "市長");
    public static IReadOnlyDictionary<string, object?> Hakodate { get; } = Of("012025", "01", "北海道", "函館市", "city", "市長");
    public static IReadOnlyDictionary<string, object?> Chiyoda { get; } = Of("131016", "13", "東京都", "千代田区", "special_ward", "区長");
    public static IReadOnlyDictionary<string, object?> Mori { get; } = Of("013455", "01", "北海道", "森町", "town", "町長");
    public static IReadOnlyDictionary<string, object?> Rusutsu { get; } = Of("013960", "01", "北海道", "留寿都村", "village", "村長");

    /// <summary>A local incorporated administrative agency: no code, head 理事長 (a fixture; not checked against a register).</summary>
    public static IReadOnlyDictionary<string, object?> HospitalAgency { get; } = Of("", "01", "北海道", "地方独立行政法人北海道立病院機構", "agency", "理事長");

    /// <summary>(kind, recipient, expected head title, expected self reference in the body's own papers, addressee reference).</summary>
    public static TheoryData<string> Kinds => new() { "prefecture", "designated_city", "city", "special_ward", "town", "village", "agency" };

    public static IReadOnlyDictionary<string, object?> ForKind(string kind) => kind switch
    {
        "prefecture" => Hokkaido,
        "designated_city" => Sapporo,
        "city" => Hakodate,
        "special_ward" => Chiyoda,
        "town" => Mori,
        "village" => Rusutsu,
        "agency" => HospitalAgency,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
