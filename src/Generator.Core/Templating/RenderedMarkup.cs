namespace Generator.Templating;

/// <summary>Markup already produced by a template (an included partial): written as is, never escaped again.</summary>
internal sealed record RenderedMarkup(string Text)
{
    /// <summary>The markup text.</summary>
    public override string ToString() => Text;
}
