namespace Generator.Data;

/// <summary>The kind of body a recipient is (団体区分).</summary>
public enum LocalGovernmentKind
{
    /// <summary>都道府県 (field value <c>prefecture</c>).</summary>
    Prefecture,

    /// <summary>指定都市 — one of the 20 designated cities (field value <c>designated_city</c>).</summary>
    DesignatedCity,

    /// <summary>市 other than a designated city (field value <c>city</c>).</summary>
    City,

    /// <summary>特別区 — one of Tokyo's 23 special wards (field value <c>special_ward</c>).</summary>
    SpecialWard,

    /// <summary>町 (field value <c>town</c>).</summary>
    Town,

    /// <summary>村 (field value <c>village</c>).</summary>
    Village,

    /// <summary>地方独立行政法人 — only from recipient files, never in the directory (field value <c>agency</c>).</summary>
    LocalIncorporatedAdministrativeAgency,
}
