namespace Generator.Templating;

/// <summary>A place in a template file: path relative to <c>templates/</c> and 1-based line.</summary>
public readonly record struct TemplateLocation(string File, int Line);
