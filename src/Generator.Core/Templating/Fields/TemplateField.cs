namespace Generator.Templating;

/// <summary>One input a template reads from notice.yaml, as declared in its fields.yaml (項目定義).</summary>
/// <param name="Key">Path into notice.yaml, nested with dots: <c>sender.body</c>, <c>law.amended.in_force</c>.</param>
/// <param name="Label">Japanese label shown in forms and messages (e.g. 文書番号).</param>
/// <param name="Type">The kind of value.</param>
/// <param name="Required">Whether notice.yaml must give a non-empty value.</param>
/// <param name="Help">A sentence of help for the person filling the form; null when none.</param>
/// <param name="Example">An example value: a string for scalar types, a list of strings for <see cref="TemplateFieldType.List"/>,
/// a list of rows (<c>IReadOnlyDictionary&lt;string, object?&gt;</c> of column key → string) for <see cref="TemplateFieldType.Table"/>; null when none.</param>
/// <param name="Choices">The allowed values of a <see cref="TemplateFieldType.Choice"/> field; empty for other types.</param>
/// <param name="Group">Heading under which a form groups the field (e.g. 発信者); null when none.</param>
/// <param name="Uncertain">The value is a placeholder or an unconfirmed fact: warn before sending.</param>
public sealed record TemplateField(
    string Key,
    string Label,
    TemplateFieldType Type,
    bool Required,
    string? Help,
    object? Example,
    IReadOnlyList<string> Choices,
    string? Group,
    bool Uncertain)
{
    /// <summary>The columns of a <see cref="TemplateFieldType.Table"/> field (each with a plain key such as <c>category</c>); empty for other types.</summary>
    public IReadOnlyList<TemplateField> Columns { get; init; } = [];

    /// <summary>The key split at its dots: <c>law.amended.in_force</c> → law, amended, in_force.</summary>
    public IReadOnlyList<string> Path => Key.Split('.');

    /// <summary>The type's name as written in fields.yaml (text, multiline, date, integer, list, choice).</summary>
    public string TypeName => TemplateFieldTypes.NameOf(Type);
}
