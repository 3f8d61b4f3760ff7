using Scriban.Runtime;

namespace Generator.Conventions;

/// <summary>Registers every Japanese-convention function for templates, in one place, as snake_case pipes.</summary>
/// <remarks>
/// <c>{{ notice.date | wareki }}</c> → 「平成30年５月31日」. Functions: wareki, wareki_year, wareki_year_month, era_name,
/// month_day (WarekiFunctions); office_digits, full_width, half_width, kansuji, group_digits (NumeralFunctions);
/// law_number, article, join_numbers (CitationFunctions); head_of (HeadTitleFunctions); privacy_regime, medical_act_version, head_title, self_reference, addressee_reference (LegalRegimeFunctions); refuse (RefusalFunctions); addressee_of (AddresseeFunctions). docs/conventions.md lists them with examples.
/// </remarks>
public static class ConventionFunctions
{
    private static readonly Lazy<ScriptObject> Shared = new(Build);

    /// <summary>The functions as one read-only Scriban object, shared by all renders.</summary>
    public static ScriptObject Instance => Shared.Value;

    private static ScriptObject Build()
    {
        var functions = new ScriptObject();
        functions.Import(typeof(WarekiFunctions));
        functions.Import(typeof(NumeralFunctions));
        functions.Import(typeof(CitationFunctions));
        functions.Import(typeof(HeadTitleFunctions));
        functions.Import(typeof(LegalRegimeFunctions));
        functions.Import(typeof(RefusalFunctions));
        functions.Import(typeof(AddresseeFunctions));
        functions.IsReadOnly = true;
        return functions;
    }
}
