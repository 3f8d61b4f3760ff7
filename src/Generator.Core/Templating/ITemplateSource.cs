using Generator.Diagnostics;

namespace Generator.Templating;

/// <summary>Where a renderer's templates come from, as front ends (CLI, studio) need it besides rendering: the folder,
/// whether a template exists, its sample notice and its field declaration (fields.yaml).</summary>
public interface ITemplateSource
{
    /// <summary>The templates folder (read by a run, so a batch never writes into it).</summary>
    string Directory { get; }

    /// <summary>Whether template <paramref name="templateName"/> exists and can be used; false with a diagnostic naming it when not.</summary>
    bool TryResolveTemplate(string templateName, out string relativePath, out Diagnostic? problem);

    /// <summary>The template's sample notice data (<c>templates/&lt;name&gt;/notice.yaml</c>), used when no --data is given.</summary>
    string SampleNoticePath(string templateName);

    /// <summary>The template's field declaration (fields.yaml); null when the template is unknown or has none.</summary>
    /// <exception cref="GeneratorException">The fields.yaml has mistakes.</exception>
    TemplateFieldSet? FieldsOf(string templateName);
}
