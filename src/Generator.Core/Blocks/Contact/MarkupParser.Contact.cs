using Generator.Model;

namespace Generator.Markup;

/// <summary>The contact box (担当・連絡先): consecutive <c>@contact</c> lines.</summary>
public sealed partial class MarkupParser
{
    private List<string>? contact;
    private int contactLine;

    private void AddContactLine(MarkupLine line, string text)
    {
        if (contact is null)
        {
            contact = [];
            contactLine = line.Number;
        }
        contact.Add(text);
    }

    private void FlushContact()
    {
        if (contact is null) return;
        blocks.Add(new ContactBlock([.. contact], new SourcePosition(contactLine)));
        contact = null;
    }
}
