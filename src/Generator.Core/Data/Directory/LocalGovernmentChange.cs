namespace Generator.Data;

/// <summary>
/// One dated change of a body in the built-in directory (one row of local-government-changes.csv): a promotion
/// (市制施行, 町制施行, 指定都市への移行), a rename (名称変更) or one of the bodies of a merger (合併). From
/// <see cref="Date"/> on the body is <see cref="NewCode"/> <see cref="NewName"/>; the day before it was
/// <see cref="OldCode"/> <see cref="OldName"/>. A code change keeps the old code out of use afterwards.
/// </summary>
/// <param name="Date">The day the change took effect (the new name and code hold from this day).</param>
/// <param name="OldCode">Six-digit code until the day before (equal to <paramref name="NewCode"/> for a rename).</param>
/// <param name="OldName">Name until the day before, e.g. 那珂川町.</param>
/// <param name="OldKana">Reading of the old name in hiragana.</param>
/// <param name="OldKind">Kind until the day before.</param>
/// <param name="NewCode">Six-digit code from <paramref name="Date"/>.</param>
/// <param name="NewName">Name from <paramref name="Date"/>, e.g. 那珂川市.</param>
/// <param name="NewKind">Kind from <paramref name="Date"/>.</param>
/// <param name="Change">What happened, in Japanese: 市制施行, 名称変更, 編入, 新設合併…</param>
/// <param name="Source">Where the change is documented.</param>
/// <param name="Row">1-based row in local-government-changes.csv (the header is row 1).</param>
public sealed record LocalGovernmentChange(
    DateOnly Date,
    string OldCode,
    string OldName,
    string OldKana,
    LocalGovernmentKind OldKind,
    string NewCode,
    string NewName,
    LocalGovernmentKind NewKind,
    string Change,
    string Source,
    int Row)
{
    /// <summary>The change in a sentence, e.g. <c>403059 那珂川町 became 402311 那珂川市 on 2018-10-01 (市制施行)</c>.</summary>
    public string Describe() => $"{OldCode} {OldName} became {NewCode} {NewName} on {Date:yyyy-MM-dd} ({Change})";
}
