using Generator.Model;

namespace Generator.Markup;

/// <summary>The addressee group (宛先): consecutive <c>@to</c> lines, closed by an optional <c>@honorific</c>
/// (the directives themselves are dispatched in MarkupParser.Directives.cs).</summary>
public sealed partial class MarkupParser
{
    private List<string>? addressees;
    private int addresseeLine;

    private void AddAddressee(MarkupLine line, string addressee)
    {
        if (addressees is null)
        {
            addressees = [];
            addresseeLine = line.Number;
        }
        addressees.Add(addressee);
    }

    /// <summary><c>@honorific</c> closes the group of <c>@to</c> lines right above it with their shared honorific.</summary>
    private void ParseHonorific(MarkupLine line, string name, string argument)
    {
        if (addressees is null)
        {
            Report(line, 1, "@honorific must follow the @to lines it belongs to.", "Move it directly under the last @to line.");
            return;
        }
        FlushAddressees(Require(line, name, argument));
    }

    private void FlushAddressees(string? honorific = null)
    {
        if (addressees is null) return;
        blocks.Add(new AddresseeGroup([.. addressees], honorific, new SourcePosition(addresseeLine)));
        addressees = null;
    }
}
