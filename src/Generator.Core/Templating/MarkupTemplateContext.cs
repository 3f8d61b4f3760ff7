using Generator.Diagnostics;
using Generator.Markup;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Templating;

/// <summary>A strict Scriban context whose <c>{{ expression }}</c> output is escaped as markup text (data can never become structure).</summary>
/// <remarks>
/// The template's literal text reaches the output through Scriban's non-virtual writes and stays markup; only values
/// written by expressions pass through <see cref="Write(SourceSpan, object)"/> — Scriban calls it only while an output
/// limit is set, which this context always does (a test guards the escaping). Included partials arrive as
/// <see cref="RenderedMarkup"/> and are written unescaped. The context also records which template line wrote each output line.
/// </remarks>
internal sealed class MarkupTemplateContext : TemplateContext
{
    private readonly Dictionary<int, TemplateLocation> origins = [];
    private readonly string mainFile;
    private IScriptOutput? mainOutput;
    private ScriptNode? lastStatement;
    private int scanned;
    private int currentLine = 1;

    public MarkupTemplateContext(TemplateLimits limits, ITemplateLoader loader, string mainFile)
        : base(new LazyBuiltins())
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedIndexerAccess = false;
        EnableRelaxedFunctionAccess = false;
        LoopLimit = limits.LoopLimit;
        RecursiveLimit = limits.RecursionLimit;
        LimitToString = limits.OutputLimit;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OutputLimit = limits.OutputLimit;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        TemplateLoader = loader;
        NewLine = "\n";
        MemberRenamer = member => member.Name;
        this.mainFile = mainFile;
    }

    /// <summary>Markup line → template place of the first expression that wrote to it.</summary>
    public IReadOnlyDictionary<int, TemplateLocation> Origins => origins;

    /// <summary>The template files whose code ran in this render (the main file and the partials it included), whatever
    /// other partials the renderer holds from earlier renders.</summary>
    public IReadOnlySet<string> RunFiles => runFiles;

    private readonly HashSet<string> runFiles = new(StringComparer.Ordinal);
    private string? lastRunFile;

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null) return this;
        RecordOrigin();
        if (textAsObject is RenderedMarkup markup) return base.Write(span, markup.Text);
        if (textAsObject is ScriptArray or ScriptObject)
        {
            // Scriban would print ["a", "b"]; the error points at the expression that wrote it (Scriban's span here is not useful).
            var rejected = RejectedValue.Error($"a {(textAsObject is ScriptArray ? "list" : "mapping")} cannot be printed as text", textAsObject);
            throw new ScriptRuntimeException(lastStatement?.Span ?? span, rejected.Message, rejected);
        }
        var text = ObjectToString(textAsObject) ?? "";
        return base.Write(span, MarkupEscaper.Escape(text));
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));

    // Scriban passes no useful span to Write; the statement being evaluated is the expression that writes.
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is ScriptExpressionStatement) lastStatement = scriptNode;
        if (!ReferenceEquals(CurrentSourceFile, lastRunFile) && (lastRunFile = CurrentSourceFile) is { Length: > 0 } file) runFiles.Add(file);
        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    private void RecordOrigin()
    {
        if (mainOutput is null && CurrentSourceFile == mainFile) mainOutput = Output;
        if (!ReferenceEquals(Output, mainOutput) || Output is not StringBuilderOutput main || lastStatement?.Span.FileName is not { } file) return;
        var builder = main.Builder;
        for (; scanned < builder.Length; scanned++)
            if (builder[scanned] == '\n') currentLine++;
        origins.TryAdd(currentLine, new TemplateLocation(file, lastStatement.Span.Start.Line + 1));
    }
}
