using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Templating;

/// <summary>Loads includes from the <c>templates/</c> folder and refuses any path that would leave it.</summary>
/// <remarks><c>{{ include 'partials/legal-basis' }}</c> reads <c>templates/partials/legal-basis.sbn</c>; <c>../x</c>, absolute paths and drive letters are errors at the caller's line.
/// <para>An include name is checked against the folder (path, links, file) the first time this loader meets it; the
/// path it resolved to is kept for the loader's life, as the renderer that owns it keeps the partial's parsed text
/// (a batch run renders every letter from the same files; the studio makes a new renderer at each save). A refused
/// name is never kept: it is checked again, and refused again, on every use.</para></remarks>
internal sealed class TemplateRootLoader(TemplateRoot root) : ITemplateLoader
{
    /// <summary>More include names than templates hold; past it (names made from data) a name is checked at every use.</summary>
    private const int MaxKept = 1024;

    private readonly ConcurrentDictionary<string, string> resolved = new(StringComparer.Ordinal);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (resolved.TryGetValue(templateName, out var known)) return known;
        if (!root.TryResolve(templateName, out var relative, out var problem))
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' refused: {problem}");
        if (resolved.Count < MaxKept) resolved.TryAdd(templateName, relative);
        return relative;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => root.ReadText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
