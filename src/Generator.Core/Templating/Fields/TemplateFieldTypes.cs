namespace Generator.Templating;

/// <summary>The names of <see cref="TemplateFieldType"/> as written in fields.yaml.</summary>
public static class TemplateFieldTypes
{
    private static readonly (string Name, TemplateFieldType Type)[] All =
    [
        ("text", TemplateFieldType.Text),
        ("multiline", TemplateFieldType.Multiline),
        ("date", TemplateFieldType.Date),
        ("integer", TemplateFieldType.Integer),
        ("list", TemplateFieldType.List),
        ("choice", TemplateFieldType.Choice),
        ("table", TemplateFieldType.Table),
    ];

    /// <summary>The names, in declaration order, for messages: "text, multiline, …".</summary>
    public static string Names => string.Join(", ", All.Select(t => t.Name));

    /// <summary>The name written in fields.yaml for <paramref name="type"/>.</summary>
    public static string NameOf(TemplateFieldType type) => All.First(t => t.Type == type).Name;

    /// <summary>Parses a name written in fields.yaml; false when it is not one of <see cref="Names"/>.</summary>
    public static bool TryParse(string name, out TemplateFieldType type)
    {
        foreach (var (n, t) in All)
        {
            if (n != name) continue;
            type = t;
            return true;
        }
        type = default;
        return false;
    }
}
