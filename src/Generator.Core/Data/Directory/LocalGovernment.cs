namespace Generator.Data;

/// <summary>One entry of the built-in directory of Japanese local governments (one row of local-governments.csv).</summary>
/// <param name="Code">Six-digit 全国地方公共団体コード with check digit, e.g. <c>011002</c>.</param>
/// <param name="PrefectureCode">Two-digit JIS X 0401 prefecture code, <c>01</c>–<c>47</c>.</param>
/// <param name="Prefecture">Prefecture name, e.g. 北海道.</param>
/// <param name="Name">Name of the body, e.g. 札幌市 (for a prefecture: the prefecture itself).</param>
/// <param name="Kana">Reading in hiragana.</param>
/// <param name="Kind">Kind of body.</param>
/// <param name="HeadTitle">Title of the head: 知事, 市長, 区長, 町長, 村長.</param>
/// <param name="InService">False for the six Northern Territories villages (code but no functioning office).</param>
public sealed record LocalGovernment(
    string Code,
    string PrefectureCode,
    string Prefecture,
    string Name,
    string Kana,
    LocalGovernmentKind Kind,
    string HeadTitle,
    bool InService);
