namespace Generator.Markup;

/// <summary>The sender's seal (公印): <c>@seal omitted</c> or <c>@seal affixed</c>, which the <c>@from</c> lines after
/// it take (omitted until said otherwise).</summary>
public sealed partial class MarkupParser
{
    private bool sealOmitted = true;

    private void ParseSeal(MarkupLine line, string argument, int nameEnd)
    {
        if (argument is "omitted") sealOmitted = true;
        else if (argument is "affixed") sealOmitted = false;
        else Report(line, nameEnd + 2, $"@seal takes 'omitted' or 'affixed', not '{argument}'.", "Write @seal omitted (prints （公印省略）) or @seal affixed.");
    }
}
