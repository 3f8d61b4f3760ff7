using System.Collections.Immutable;
using Generator.Diagnostics;
using Generator.Markup;
using Generator.Model;
using Generator.Templating;

namespace Generator.Pipeline;

/// <summary>template + notice + recipient → markup → <see cref="Document"/>: the pipeline every command and the batch use.</summary>
public sealed class DocumentGenerator(ITemplateRenderer renderer)
{
    private readonly TemplateCharacters templateCharacters = new();

    /// <summary>The template renderer in use.</summary>
    public ITemplateRenderer Renderer => renderer;

    /// <summary>Where the renderer's templates come from; null when it has no templates folder.</summary>
    public ITemplateSource? Templates => renderer.Templates;

    /// <summary>Does ahead, on the caller's thread, what the first render of <paramref name="templateName"/> would
    /// (<see cref="ITemplateRenderer.Prepare"/>); a problem is left for the render to report.</summary>
    public void Prepare(string templateName) => renderer.Prepare(templateName);

    /// <summary>Renders the markup of one document (for <c>--format markup</c> and debugging).</summary>
    public TemplateOutput RenderMarkup(string templateName, IReadOnlyDictionary<string, object?> notice,
        IReadOnlyDictionary<string, object?>? recipient = null, string? recipientLabel = null, CancellationToken cancellationToken = default)
    {
        var globals = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["notice"] = notice,
            ["recipient"] = recipient,
        };
        try
        {
            return renderer.Render(templateName, globals, cancellationToken);
        }
        catch (GeneratorException e) when (notice is NoticeData data && NoticeValueError.TryRelocate(e, data, out var relocated))
        {
            throw new GeneratorException(relocated.Select(d => d.ForRecipient(recipientLabel)).ToList());
        }
        catch (GeneratorException e) when (recipientLabel is not null)
        {
            throw new GeneratorException(e.Diagnostics.Select(d => d.ForRecipient(recipientLabel)).ToList());
        }
    }

    /// <summary>Generates one document; every problem (template, markup) is reported at once with its template place.</summary>
    /// <exception cref="GeneratorException">The template failed or its output is not valid markup.</exception>
    public Document Generate(string templateName, IReadOnlyDictionary<string, object?> notice,
        IReadOnlyDictionary<string, object?>? recipient = null, string? recipientLabel = null, string? identifier = null,
        CancellationToken cancellationToken = default)
    {
        var output = RenderMarkup(templateName, notice, recipient, recipientLabel, cancellationToken);
        var source = $"{templateName} (output)";
        var parsed = MarkupParser.Parse(output.Markup, source);
        var markupLines = output.Markup.Split('\n');
        if (!parsed.Success)
        {
            var diagnostics = parsed.Diagnostics.Select(d => Relocate(d, output, markupLines, templateName).ForRecipient(recipientLabel)).ToList();
            throw new GeneratorException(diagnostics);
        }
        var blocks = parsed.Document.Blocks.Select(b => Locate(b, output, markupLines)).ToImmutableArray();
        var metadata = parsed.Document.Metadata;
        if (metadata.Identifier.Length == 0) metadata = metadata with { Identifier = identifier ?? templateName };
        return new Document(metadata, blocks) { TemplateCharacters = templateCharacters.Of(output, notice) };
    }

    private static string LineText(string[] lines, int line) => line >= 1 && line <= lines.Length ? lines[line - 1] : "";

    private static Block Locate(Block block, TemplateOutput output, string[] markupLines) =>
        output.OriginOf(block.Position.Line, LineText(markupLines, block.Position.Line)) is { } origin
            ? block with { Position = new SourcePosition(block.Position.Line, origin.File, origin.Line) }
            : block;

    private static Diagnostic Relocate(Diagnostic d, TemplateOutput output, string[] markupLines, string templateName)
    {
        var origin = output.OriginOf(d.Line, LineText(markupLines, d.Line));
        var file = origin?.File ?? $"{templateName}/{TemplateRoot.MainFileName}";
        var message = $"{d.Message} (output line {d.Line}: '{LineText(markupLines, d.Line).Trim()}')";
        return new Diagnostic(file, origin?.Line ?? 0, 0, message, d.Hint);
    }
}
