using Generator.Diagnostics;
using Generator.Templating;

namespace Generator.Pipeline;

/// <summary>The notice of a run, as every front end loads it: the given data file, or the template's own sample
/// notice.yaml, checked against the template's fields.yaml.</summary>
public static class NoticeLoader
{
    /// <summary>Loads <paramref name="dataPath"/>, or the template's sample notice.yaml when it is null, and checks it against the template's fields.yaml.</summary>
    /// <exception cref="GeneratorException">There is no template <paramref name="template"/> (checked first, so the error names
    /// the template, not its notice.yaml); the notice cannot be read; or it lacks required fields or has wrong types.</exception>
    public static IReadOnlyDictionary<string, object?> Load(string? dataPath, DocumentGenerator generator, string template)
    {
        var templates = generator.Templates;
        if (templates is not null && !templates.TryResolveTemplate(template, out _, out var problem))
            throw new GeneratorException(problem!);
        var path = dataPath ?? templates?.SampleNoticePath(template) ?? TemplateRoot.NoticeFileName;
        var notice = NoticeFile.Load(path);
        if (templates?.FieldsOf(template)?.Validate(notice, path) is { Count: > 0 } problems)
            throw new GeneratorException(problems);
        return notice;
    }
}
