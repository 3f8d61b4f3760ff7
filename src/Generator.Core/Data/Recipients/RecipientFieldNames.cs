using System.Collections.Frozen;
using System.Text;

namespace Generator.Data;

/// <summary>The known recipient field names (template keys) and the column headers accepted for each (English and Japanese).</summary>
public static class RecipientFieldNames
{
    /// <summary>Six-digit code (コード, 団体コード).</summary>
    public const string Code = "code";
    /// <summary>Two-digit prefecture code (都道府県コード).</summary>
    public const string PrefectureCode = "prefecture_code";
    /// <summary>Prefecture name (都道府県).</summary>
    public const string Prefecture = "prefecture";
    /// <summary>Name of the body (団体名).</summary>
    public const string Name = "name";
    /// <summary>Reading in hiragana (ふりがな).</summary>
    public const string Kana = "kana";
    /// <summary>Kind as snake_case (種別).</summary>
    public const string Kind = "kind";
    /// <summary>Title of the head (首長職名).</summary>
    public const string HeadTitle = "head_title";
    /// <summary><c>true</c> or <c>false</c>.</summary>
    public const string InService = "in_service";
    /// <summary>Department in charge (担当部署).</summary>
    public const string Department = "department";
    /// <summary>Title of the official written to (役職), e.g. 健康増進課長 or 保健福祉局長; see <c>AddresseeRules</c>.</summary>
    public const string Title = "title";
    /// <summary>Name of the person written to (担当者), printed after <see cref="Title"/>.</summary>
    public const string Person = "person";
    /// <summary>Full addressee line (宛名), e.g. 札幌市長　秋元　克広.</summary>
    public const string Addressee = "addressee";
    /// <summary>Name of the head (首長名).</summary>
    public const string HeadName = "head_name";
    /// <summary>Name of the council consulted (審議会名).</summary>
    public const string CouncilName = "council_name";
    /// <summary>Name of the ordinance (条例名).</summary>
    public const string OrdinanceName = "ordinance_name";
    /// <summary>Postal code, normalised to NNN-NNNN (郵便番号).</summary>
    public const string PostalCode = "postal_code";
    /// <summary>Postal address (住所).</summary>
    public const string Address = "address";
    /// <summary>E-mail address(es) (メールアドレス).</summary>
    public const string Email = "email";

    /// <summary>Every known field, in the order they appear in <see cref="Recipient.Fields"/> (all always present).</summary>
    public static IReadOnlyList<string> Known { get; } =
    [
        Code, PrefectureCode, Prefecture, Name, Kana, Kind, HeadTitle, InService,
        Department, Title, Person, Addressee, HeadName, CouncilName, OrdinanceName, PostalCode, Address, Email,
    ];

    /// <summary>Accepted header spellings per field besides the field name itself (matching ignores case, width, '-' vs '_').</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [Code] = ["コード", "団体コード", "地方公共団体コード", "全国地方公共団体コード", "市区町村コード"],
        [PrefectureCode] = ["都道府県コード"],
        [Prefecture] = ["都道府県", "都道府県名"],
        [Name] = ["団体名", "名称", "地方公共団体名", "自治体名", "市区町村名"],
        [Kana] = ["かな", "ふりがな", "フリガナ", "よみ", "読み"],
        [Kind] = ["種別", "区分", "団体区分"],
        [HeadTitle] = ["首長職名", "長の職名", "職名"],
        [InService] = [],
        [Department] = ["担当部署", "部署名", "部署", "担当課"],
        [Title] = ["役職", "役職名"],
        [Person] = ["担当者", "担当者名", "氏名"],
        [Addressee] = ["宛名", "宛先"],
        [HeadName] = ["首長名", "首長氏名", "長の氏名"],
        [CouncilName] = ["審議会名", "審議会"],
        [OrdinanceName] = ["条例名"],
        [PostalCode] = ["郵便番号", "〒"],
        [Address] = ["住所", "所在地"],
        [Email] = ["メールアドレス", "メール", "電子メール", "e_mail", "mail"],
    };

    private static readonly FrozenDictionary<string, string> ByHeader = Aliases
        .SelectMany(pair => pair.Value.Prepend(pair.Key).Select(alias => KeyValuePair.Create(Fold(alias), pair.Key)))
        .ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Maps a column header to its field name: a known field when the header is one of its spellings, else the trimmed header itself.</summary>
    public static string FromHeader(string header) =>
        ByHeader.TryGetValue(Fold(header), out var field) ? field : header.Trim();

    private static string Fold(string header) =>
        header.Trim().Normalize(NormalizationForm.FormKC).ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
}
