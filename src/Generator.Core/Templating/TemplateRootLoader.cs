using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Templating;

/// <summary>Loads includes from the <c>templates/</c> folder and refuses any path that would leave it.</summary>
/// <remarks><c>{{ include 'partials/legal-basis' }}</c> reads <c>templates/partials/legal-basis.sbn</c>; <c>../x</c>, absolute paths and drive letters are errors at the caller's line.</remarks>
internal sealed class TemplateRootLoader(TemplateRoot root) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!root.TryResolve(templateName, out var relative, out var problem))
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' refused: {problem}");
        return relative;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => root.ReadText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
