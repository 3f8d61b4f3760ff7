using Generator.Diagnostics;

namespace Generator.Templating;

/// <summary>Renders a named template with data into document markup. The only templating API the rest of Generator sees.</summary>
public interface ITemplateRenderer
{
    /// <summary>Parses the template and returns its syntax problems (empty when it parses).</summary>
    IReadOnlyList<Diagnostic> Check(string templateName);

    /// <summary>Renders <paramref name="templateName"/> with the given global variables (e.g. <c>notice</c>, <c>recipient</c>).</summary>
    /// <exception cref="GeneratorException">Syntax or runtime errors, with template file, line and column.</exception>
    TemplateOutput Render(string templateName, IReadOnlyDictionary<string, object?> globals, CancellationToken cancellationToken = default);

    /// <summary>Does ahead what the first render of <paramref name="templateName"/> would (a front end calls it on another
    /// thread while it reads its inputs); a problem is left for <see cref="Render"/> to report. Optional.</summary>
    void Prepare(string templateName)
    {
    }

    /// <summary>Where the templates come from (folder, sample notices, fields.yaml); null for a renderer without a templates folder.</summary>
    ITemplateSource? Templates => null;
}
