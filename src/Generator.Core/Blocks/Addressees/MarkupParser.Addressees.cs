using Generator.Model;

namespace Generator.Markup;

/// <summary>Blocks made of consecutive directive lines: the addressee group (<c>@to</c> … <c>@honorific</c>, 宛先) and
/// the contact box (<c>@contact</c>, 問い合わせ先).</summary>
public sealed partial class MarkupParser
{
    private List<string>? addressees;
    private int addresseeLine;
    private List<string>? contact;
    private int contactLine;

    private void AddAddressee(MarkupLine line, string addressee)
    {
        if (addressees is null)
        {
            addressees = [];
            addresseeLine = line.Number;
        }
        addressees.Add(addressee);
    }

    private void AddContactLine(MarkupLine line, string text)
    {
        if (contact is null)
        {
            contact = [];
            contactLine = line.Number;
        }
        contact.Add(text);
    }

    private void FlushAddressees(string? honorific = null)
    {
        if (addressees is null) return;
        blocks.Add(new AddresseeGroup([.. addressees], honorific, new SourcePosition(addresseeLine)));
        addressees = null;
    }

    private void FlushContact()
    {
        if (contact is null) return;
        blocks.Add(new ContactBlock([.. contact], new SourcePosition(contactLine)));
        contact = null;
    }
}
