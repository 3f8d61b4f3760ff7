using Generator.Pdf.LineBreaking;

namespace Generator.Pdf.Layout;

/// <summary>Sets a title (件名) whose size differs from the body's: full-width characters still take one grid cell each,
/// half-width ones their width at the title size (bold is simulated and does not widen them); each line is one grid line, the larger em box centred in it.</summary>
internal sealed class TitleSetter(ILineBreaker breaker, TextMeasurer measurer, double baseline, bool bold)
{
    private readonly LineComposer composer = new(measurer);

    /// <summary>The title's lines, centred in the measure [<paramref name="x"/>, +<paramref name="measure"/>].</summary>
    public List<LaidOutLine> Lines(string text, double x, double measure) =>
        [.. breaker.Break(text, measure, measure, measurer.Measure)
            .Select(line => composer.Compose(line, x, measure, LineAlign.Center, baseline) with { FontSize = measurer.FontSize, Bold = bold })];
}
