using Scriban.Runtime;

namespace Generator.Conventions;

/// <summary>Registers every Japanese-convention function for templates, in one place, as snake_case pipes.</summary>
/// <remarks>
/// <c>{{ notice.date | wareki }}</c> → 「平成30年５月31日」. Functions: wareki, wareki_year, wareki_year_month, era_name,
/// month_day (WarekiFunctions); office_digits, full_width, half_width, kansuji, group_digits (NumeralFunctions);
/// law_number, article, join_numbers (CitationFunctions); head_of (HeadTitleFunctions); privacy_regime, medical_act_version, head_title, self_reference, addressee_reference (LegalRegimeFunctions); refuse (RefusalFunctions); addressee_of (AddresseeFunctions). docs/conventions.md lists them with examples.
/// Each function is registered as a typed delegate (<c>DelegateCustomFunction.CreateFunc</c>), by name, not found by
/// reflection over its class (Scriban's <c>Import(typeof(…))</c>), so that the Native AOT build keeps them (issue 17); a test checks that the list is every
/// public static method of these classes under Scriban's snake_case name, as <c>Import(typeof(…))</c> would give.
/// </remarks>
public static class ConventionFunctions
{
    private static readonly Lazy<ScriptObject> Shared = new(Build);

    /// <summary>The functions as one read-only Scriban object, shared by all renders.</summary>
    public static ScriptObject Instance => Shared.Value;

    private static ScriptObject Build()
    {
        var functions = new ScriptObject();
        // WarekiFunctions
        Add(functions, "wareki", DelegateCustomFunction.CreateFunc<object?, string, string>(WarekiFunctions.Wareki));
        Add(functions, "wareki_year", DelegateCustomFunction.CreateFunc<object?, string, string>(WarekiFunctions.WarekiYear));
        Add(functions, "wareki_year_month", DelegateCustomFunction.CreateFunc<object?, string, string>(WarekiFunctions.WarekiYearMonth));
        Add(functions, "era_name", DelegateCustomFunction.CreateFunc<object?, string>(WarekiFunctions.EraName));
        Add(functions, "month_day", DelegateCustomFunction.CreateFunc<object?, string, string>(WarekiFunctions.MonthDay));
        // NumeralFunctions
        Add(functions, "office_digits", DelegateCustomFunction.CreateFunc<object?, string>(NumeralFunctions.OfficeDigits));
        Add(functions, "full_width", DelegateCustomFunction.CreateFunc<object?, string>(NumeralFunctions.FullWidth));
        Add(functions, "half_width", DelegateCustomFunction.CreateFunc<object?, string>(NumeralFunctions.HalfWidth));
        Add(functions, "kansuji", DelegateCustomFunction.CreateFunc<object?, string>(NumeralFunctions.Kansuji));
        Add(functions, "group_digits", DelegateCustomFunction.CreateFunc<object?, string>(NumeralFunctions.GroupDigits));
        // CitationFunctions
        Add(functions, "law_number", DelegateCustomFunction.CreateFunc<object?, object?, string, string>(CitationFunctions.LawNumber));
        Add(functions, "article", DelegateCustomFunction.CreateFunc<object?, object?, object?, string>(CitationFunctions.Article));
        Add(functions, "join_numbers", DelegateCustomFunction.CreateFunc<object?, string, string>(CitationFunctions.JoinNumbers));
        // HeadTitleFunctions
        Add(functions, "head_of", DelegateCustomFunction.CreateFunc<object?, object?, string>(HeadTitleFunctions.HeadOf));
        // LegalRegimeFunctions
        Add(functions, "privacy_regime", DelegateCustomFunction.CreateFunc<object?, string>(LegalRegimeFunctions.PrivacyRegime));
        Add(functions, "medical_act_version", DelegateCustomFunction.CreateFunc<object?, string>(LegalRegimeFunctions.MedicalActVersion));
        Add(functions, "head_title", DelegateCustomFunction.CreateFunc<object?, string>(LegalRegimeFunctions.HeadTitle));
        Add(functions, "self_reference", DelegateCustomFunction.CreateFunc<object?, object?, string>(LegalRegimeFunctions.SelfReference));
        Add(functions, "addressee_reference", DelegateCustomFunction.CreateFunc<object?, object?, string>(LegalRegimeFunctions.AddresseeReference));
        // RefusalFunctions
        Add(functions, "refuse", DelegateCustomFunction.CreateFunc<string, string, string>(RefusalFunctions.Refuse));
        // AddresseeFunctions
        Add(functions, "addressee_of", DelegateCustomFunction.CreateFunc<object?, object?, ScriptObject>(AddresseeFunctions.AddresseeOf));
        functions.IsReadOnly = true;
        return functions;
    }

    /// <summary>Adds one function, read-only, as <c>Import(name, delegate)</c> does.</summary>
    private static void Add(ScriptObject functions, string name, DelegateCustomFunction function) => functions.SetValue(name, function, true);
}
