using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Generator.Conventions;
using Generator.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Templating;

/// <summary>Scriban behind <see cref="ITemplateRenderer"/>: strict, limited, escaping data; templates parsed once and shared across threads.</summary>
public sealed partial class ScribanTemplateRenderer : ITemplateRenderer
{
    private readonly TemplateRoot root;
    private readonly TemplateLimits limits;
    private readonly TemplateRootLoader loader;
    private readonly ConcurrentDictionary<string, Template> parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Template> partials = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> sourceLines = new(StringComparer.Ordinal);

    /// <summary>Creates a renderer for the templates in <paramref name="root"/>.</summary>
    public ScribanTemplateRenderer(TemplateRoot root, TemplateLimits? limits = null)
    {
        this.root = root;
        this.limits = limits ?? TemplateLimits.Default;
        loader = new TemplateRootLoader(root);
    }

    /// <summary>The template folder this renderer reads.</summary>
    public TemplateRoot Root => root;

    /// <inheritdoc />
    public ITemplateSource Templates => root;

    /// <inheritdoc />
    public IReadOnlyList<Diagnostic> Check(string templateName)
    {
        var (_, diagnostics) = Parse(templateName);
        return diagnostics;
    }

    /// <inheritdoc />
    /// <remarks>Makes Scriban's built-in functions (imported through reflection once per process) and parses the template.</remarks>
    public void Prepare(string templateName)
    {
        LazyBuiltins.Prepare();
        Parse(templateName);
    }

    /// <inheritdoc />
    public TemplateOutput Render(string templateName, IReadOnlyDictionary<string, object?> globals, CancellationToken cancellationToken = default)
    {
        var (template, diagnostics) = Parse(templateName);
        if (template is null) throw new GeneratorException(diagnostics);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.Timeout);
        var context = new MarkupTemplateContext(limits, loader, template.SourceFilePath ?? "") { CancellationToken = timeout.Token };
        foreach (var (key, value) in partials) context.CachedTemplates[key] = value;

        var builtins = (ScriptObject)context.BuiltinObject;
        if (builtins.TryGetValue("include", out var include) && include is IScriptCustomFunction inner)
            builtins.SetValue("include", new MarkupIncludeFunction(inner), readOnly: true);

        context.PushGlobal(ConventionFunctions.Instance);
        var model = new ScriptObject(StringComparer.Ordinal);
        foreach (var (key, value) in globals) model.SetValue(key, ScriptValueConverter.Convert(value), readOnly: false);
        context.PushGlobal(model);

        string markup;
        try
        {
            markup = template.Render(context);
        }
        catch (ScriptParserRuntimeException e)
        {
            throw new GeneratorException(e.ParserMessages.Select(ToDiagnostic).ToList());
        }
        catch (ScriptAbortException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GeneratorException(At(e.Span, $"rendering took longer than {limits.Timeout.TotalSeconds:0} s and was stopped",
                "Look for a loop that never ends (while) or a very large data list."));
        }
        catch (ScriptRuntimeException e)
        {
            var error = new GeneratorException(FromRuntime(e));
            throw RejectedValue.TryGet(e.InnerException, out var value) ? RejectedValue.Mark(error, value) : error;
        }

        foreach (var (key, value) in context.CachedTemplates) partials.TryAdd(key, value);
        var sources = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var file in context.CachedTemplates.Keys.Append(template.SourceFilePath ?? "").Where(f => f.Length > 0))
            sources[file] = sourceLines.GetOrAdd(file, f => root.ReadText(f).Replace("\r\n", "\n").Split('\n'));
        return new TemplateOutput(markup, context.Origins, sources)
        {
            Ran = [.. context.RunFiles.Where(sources.ContainsKey).Order(StringComparer.Ordinal)],
        };
    }

    private (Template? Template, IReadOnlyList<Diagnostic> Diagnostics) Parse(string templateName)
    {
        if (parsed.TryGetValue(templateName, out var cached)) return (cached, []);
        if (!root.TryResolveTemplate(templateName, out var relative, out var problem)) return (null, [problem!]);
        var template = Template.Parse(root.ReadText(relative), relative);
        var diagnostics = template.HasErrors
            ? template.Messages.Where(m => m.Type == ParserMessageType.Error).Select(ToDiagnostic).ToList()
            : template.Page is null ? [] : [.. UnsupportedStatementFinder.Find(template.Page)];
        if (diagnostics.Count > 0) return (null, diagnostics);
        parsed.TryAdd(templateName, template);
        return (template, []);
    }

    private static Diagnostic ToDiagnostic(LogMessage message) =>
        new(message.Span.FileName ?? "", message.Span.Start.Line + 1, message.Span.Start.Column + 1, message.Message,
            "Fix the template syntax; every {{ needs a matching }} and every block (if/for/while) an end.");

    private Diagnostic FromRuntime(ScriptRuntimeException e)
    {
        var expression = ExpressionText(e.Span);
        if (e.InnerException is DocumentRefusedException refused) return At(e.Span, refused.Message + ".", refused.Hint);
        if (e.InnerException is ArgumentException or FormatException or ArgumentOutOfRangeException)
        {
            var message = $"{e.InnerException.Message} (in '{expression}')";
            return At(e.Span, message, "Correct the value in the data file (dates as YYYY-MM-DD, numbers as digits).");
        }
        var original = e.OriginalMessage;
        string hint;
        if (original.Contains("not found", StringComparison.OrdinalIgnoreCase) && original.Contains("variable", StringComparison.OrdinalIgnoreCase))
            hint = "Check the spelling. Data is available as notice.<field> and recipient.<field>; functions are listed in docs/conventions.md.";
        else if (MissingMember().Match(original) is { Success: true } member)
        {
            var name = member.Groups[1].Value;
            var owner = OwnerOf(expression, name);
            original = owner is null ? $"No field '{name}'." : $"'{owner}' has no field '{name}'.";
            hint = "Check the spelling against the data (notice.yaml, the recipient's columns); a field that may be absent can be tested with object.has_key.";
        }
        else if (original.Contains("limit", StringComparison.OrdinalIgnoreCase))
            hint = "A loop or include runs away; check the loop's condition or raise the limit deliberately (TemplateLimits).";
        else
            hint = "See docs/templates.md for what templates may use.";
        return At(e.Span, $"{original} (in '{expression}')", hint);
    }

    /// <summary>The variable whose member is missing: in <c>recipient.nmae</c>, <c>recipient</c>.</summary>
    private static string? OwnerOf(string expression, string member)
    {
        var m = Regex.Match(expression, $@"([\p{{L}}\p{{N}}_.]+)\.{Regex.Escape(member)}\b");
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"Cannot get member with name (\S+?)\.?$")]
    private static partial Regex MissingMember();

    private static Diagnostic At(SourceSpan span, string message, string hint) =>
        new(span.FileName ?? "", span.Start.Line + 1, span.Start.Column + 1, message, hint);

    /// <summary>The whole <c>{{ … }}</c> around the error's position (e.g. <c>notice.date | wareki</c>), so the message names the field.</summary>
    private string ExpressionText(SourceSpan span)
    {
        try
        {
            if (span.FileName is null) return "";
            var lines = root.ReadText(span.FileName).Split('\n');
            if (span.Start.Line >= lines.Length) return "";
            var line = lines[span.Start.Line].TrimEnd('\r');
            var at = Math.Min(span.Start.Column, line.Length);
            var open = line.LastIndexOf("{{", at, StringComparison.Ordinal);
            var close = line.IndexOf("}}", at, StringComparison.Ordinal);
            var start = open < 0 ? 0 : open + 2;
            var end = close < 0 ? line.Length : close;
            return line[start..end].Trim('-', '~', ' ', '\t');
        }
        catch (IOException)
        {
            return "";
        }
    }
}
