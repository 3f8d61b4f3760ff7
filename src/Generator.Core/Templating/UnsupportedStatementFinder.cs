using Generator.Diagnostics;
using Scriban.Syntax;

namespace Generator.Templating;

/// <summary>Finds statements a markup template may not use: <c>capture</c> (its text would be escaped as data when printed).</summary>
internal sealed class UnsupportedStatementFinder : ScriptVisitor
{
    private readonly List<Diagnostic> found = [];

    public static IReadOnlyList<Diagnostic> Find(ScriptPage page)
    {
        var finder = new UnsupportedStatementFinder();
        finder.Visit(page);
        return finder.found;
    }

    public override void Visit(ScriptCaptureStatement node)
    {
        found.Add(new Diagnostic(node.Span.FileName ?? "", node.Span.Start.Line + 1, node.Span.Start.Column + 1,
            "'capture' is not supported in document templates: captured text would be printed as plain text, not markup.",
            "Put the reusable part in templates/partials/ and use include, or assign the value and print it with {{ }}."));
        base.Visit(node);
    }
}
