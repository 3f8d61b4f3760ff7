namespace Generator.Model;

/// <summary>Where a block came from: its 1-based line in the markup and, when known, the template line that wrote it.</summary>
/// <param name="Line">1-based line in the markup text (0 when built in code).</param>
/// <param name="TemplateFile">Template file (relative to <c>templates/</c>) whose expression wrote this line; null when unknown.</param>
/// <param name="TemplateLine">1-based line in <paramref name="TemplateFile"/>; 0 when unknown.</param>
public readonly record struct SourcePosition(int Line, string? TemplateFile = null, int TemplateLine = 0)
{
    /// <summary>A position for blocks built in code rather than parsed.</summary>
    public static SourcePosition None => default;

    /// <summary>The template place as <c>file(line)</c>, or the markup line when the template place is unknown.</summary>
    public override string ToString() =>
        TemplateFile is not null ? $"{TemplateFile}({TemplateLine})" : $"markup line {Line}";
}
