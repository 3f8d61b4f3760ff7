using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Templating;

/// <summary>Wraps Scriban's <c>include</c> so a partial's output is marked as markup and is not escaped a second time.</summary>
internal sealed class MarkupIncludeFunction(IScriptCustomFunction inner) : IScriptCustomFunction
{
    public int RequiredParameterCount => inner.RequiredParameterCount;
    public int ParameterCount => inner.ParameterCount;
    public ScriptVarParamKind VarParamKind => inner.VarParamKind;
    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var result = inner.Invoke(context, callerContext, arguments, blockStatement);
        return new RenderedMarkup(result?.ToString() ?? "");
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
